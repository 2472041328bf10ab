// SDK: windmill-client 1.818.0 client.mjs: the workflow body re-runs after every suspension; Math.random() there picks a different warehouse on each replay, so the checkpointed transfers no longer match the code path.
import { parallel, sleep, step, task, workflow } from "windmill-client";

type StockLevel = { warehouse: string; sku: string; onHand: number; target: number };
type Transfer = { sku: string; from: string; to: string; qty: number };

const SETTLE_S = 30 * 60;

const readLevels = task(async (skus: string[]): Promise<StockLevel[]> => {
  const res = await fetch("https://wms.internal/api/levels", { method: "POST", body: JSON.stringify({ skus }) });
  return (await res.json()) as StockLevel[];
});

const createTransfer = task(async (t: Transfer) => {
  const res = await fetch("https://wms.internal/api/transfers", { method: "POST", body: JSON.stringify(t) });
  return ((await res.json()) as { id: string }).id;
});

function plan(levels: StockLevel[], donorPick: (donors: StockLevel[]) => StockLevel): Transfer[] {
  const bySku = new Map<string, StockLevel[]>();
  for (const l of levels) bySku.set(l.sku, [...(bySku.get(l.sku) ?? []), l]);
  const transfers: Transfer[] = [];
  for (const [sku, rows] of bySku) {
    const short = rows.filter((r) => r.onHand < r.target);
    const donors = rows.filter((r) => r.onHand > r.target * 1.5);
    for (const s of short) {
      if (donors.length === 0) break;
      const donor = donorPick(donors);
      transfers.push({ sku, from: donor.warehouse, to: s.warehouse, qty: s.target - s.onHand });
    }
  }
  return transfers;
}

export const main = workflow(async (skus: string[]) => {
  const levels = await readLevels(skus);
  const transfers = plan(levels, (donors) => donors[Math.floor(Math.random() * donors.length)]); // expect: WAC102
  const ids = await parallel(transfers, createTransfer, { concurrency: 4 });
  await sleep(SETTLE_S);
  const after = await readLevels(skus);
  const stillShort = await step("still_short", () => after.filter((l) => l.onHand < l.target).map((l) => l.sku));
  return { transfers: ids.length, stillShort };
});
