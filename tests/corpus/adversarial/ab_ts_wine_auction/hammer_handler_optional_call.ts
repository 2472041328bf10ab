// SDK: windmill-client 1.818.0 client.mjs: a task call returns a bare thenable; without await/then it is pushed to pending and its result is never read
import { task, step, workflow } from "windmill-client";

type Sold = { lotNo: number; kind: "bottle" | "case" | "cellar"; buyerId: string; hammerCents: number };

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

const invoiceBuyer = task(async (buyerId: string, lots: number[], totalCents: number) => {
  const res = await fetch("https://api.cellarhammer.example/invoices", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ buyerId, lots, totalCents }),
  });
  return { invoiceId: (await res.json()).id as string };
});

export const main = workflow(async (buyerId: string, sold: Sold[]) => {
  const mine = sold.filter((s) => s.buyerId === buyerId);
  const { invoiceId } = await invoiceBuyer(
    buyerId,
    mine.map((s) => s.lotNo),
    mine.reduce((acc, s) => acc + s.hammerCents, 0),
  );

  for (const lot of mine) {
    SHIPPERS[lot.kind]?.(lot.lotNo, buyerId); // expect: WAC106
  }

  return { buyerId, invoiceId, lots: mine.length };
});
