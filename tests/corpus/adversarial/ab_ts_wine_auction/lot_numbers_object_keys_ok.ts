// SDK: windmill-client 1.818.0 client.mjs: task results come back from the checkpoint as the same JSON; Object.keys orders integer-like keys ascending then insertion order, the same every round
import { task, step, workflow } from "windmill-client";

type LotInfo = { title: string; reserveCents: number; consignor: string };

const loadCatalogue = task(async (saleId: string): Promise<Record<string, LotInfo>> => {
  const res = await fetch(`https://api.cellarhammer.example/sales/${saleId}/catalogue`);
  // keyed by lot number: { "1": {...}, "2": {...}, "10": {...}, "10a": {...} }
  return (await res.json()) as Record<string, LotInfo>;
});

const openLot = task(async (saleId: string, lotNo: string, reserveCents: number) => {
  const res = await fetch(`https://api.cellarhammer.example/sales/${saleId}/lots/${lotNo}/open`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ reserveCents }),
  });
  return { lotNo, opened: res.ok };
});

export const main = workflow(async (saleId: string, skipWithdrawn: boolean = true) => {
  const catalogue = await loadCatalogue(saleId);

  const opened: string[] = [];
  for (const lotNo of Object.keys(catalogue)) {
    const info = catalogue[lotNo];
    if (skipWithdrawn && info.reserveCents < 0) continue;
    const r = await openLot(saleId, lotNo, info.reserveCents);
    if (r.opened) opened.push(r.lotNo);
  }

  for (const [lotNo, info] of Object.entries(catalogue)) {
    if (info.consignor === "estate") console.log(`estate lot ${lotNo}: ${info.title}`);
  }

  return { saleId, opened };
});
