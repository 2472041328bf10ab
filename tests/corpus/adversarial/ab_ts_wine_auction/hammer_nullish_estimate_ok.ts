// SDK: windmill-client 1.818.0 client.mjs: a task skipped by ?? / ?. takes no key; whether it runs depends only on inputs and checkpointed results, the same every round
import { task, step, workflow } from "windmill-client";

type Sold = { lotNo: number; kind: "bottle" | "case" | "cellar"; buyerId: string; hammerCents?: number };

const fetchHammerPrice = task(async (lotNo: number) => {
  const res = await fetch(`https://api.cellarhammer.example/lots/${lotNo}/hammer`);
  return ((await res.json()) as { cents: number }).cents;
});

const shipBottle = task(async (lotNo: number, buyerId: string) => {
  const res = await fetch("https://logistics.cellarhammer.example/parcels", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ lotNo, buyerId, packaging: "single" }),
  });
  return { lotNo, shipment: (await res.json()).id as string };
});

const shipCase = task(async (lotNo: number, buyerId: string) => {
  const res = await fetch("https://logistics.cellarhammer.example/pallets", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ lotNo, buyerId, packaging: "owc" }),
  });
  return { lotNo, shipment: (await res.json()).id as string };
});

const SHIPPERS: Partial<Record<Sold["kind"], typeof shipBottle>> = {
  bottle: shipBottle,
  case: shipCase,
};

export const main = workflow(async (buyerId: string, sold: Sold[]) => {
  const mine = sold.filter((s) => s.buyerId === buyerId);

  let totalCents = 0;
  const shipments: string[] = [];
  for (const lot of mine) {
    totalCents += lot.hammerCents ?? (await fetchHammerPrice(lot.lotNo));
    const shipped = await SHIPPERS[lot.kind]?.(lot.lotNo, buyerId);
    if (shipped) shipments.push(shipped.shipment);
  }

  return { buyerId, totalCents, shipments, collectInPerson: mine.length - shipments.length };
});
