// SDK: windmill-client 1.818.0 client.mjs: `step` checkpoints the clock read (`_runInlineStep`), so every replay gets the same cut-off; p-limit queues task calls that still go through `_nextStep` and are awaited by `Promise.all`
import { task, step, workflow } from "windmill-client";
import pLimit from "p-limit";
import dayjs from "dayjs";
import pino from "pino";

const log = pino({ name: "refill-queue" });

type Rx = { rxId: string; patientId: string; drug: string; lastFill: string; daysSupply: number };

const PHARMACY_API = "https://api.rxhub.example/v2";
const MAX_PARALLEL = 4;

const listDueRefills = task(async (storeId: string, dueBefore: string): Promise<Rx[]> => {
  const r = await fetch(`${PHARMACY_API}/stores/${storeId}/refills?due_before=${encodeURIComponent(dueBefore)}`);
  if (!r.ok) throw new Error(`refill list failed: ${r.status}`);
  return (await r.json()) as Rx[];
});

const checkInventory = task(async (storeId: string, drug: string) => {
  const r = await fetch(`${PHARMACY_API}/stores/${storeId}/inventory/${encodeURIComponent(drug)}`);
  const body = (await r.json()) as { onHand: number };
  return body.onHand;
});

const queueFill = task(async (storeId: string, rx: Rx) => {
  const r = await fetch(`${PHARMACY_API}/stores/${storeId}/fills`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ rxId: rx.rxId, source: "auto-refill" }),
  });
  return { rxId: rx.rxId, status: r.status };
});

function groupByDrug(rxs: Rx[]): Record<string, Rx[]> {
  const out: Record<string, Rx[]> = {};
  for (const rx of rxs) (out[rx.drug] ??= []).push(rx);
  return out;
}

export const main = workflow(async (storeId: string, lookaheadDays = 3) => {
  const dueBefore = await step("due_before", () => dayjs().add(lookaheadDays, "day").format("YYYY-MM-DD"));
  const due = await listDueRefills(storeId, dueBefore);
  log.info({ storeId, count: due.length }, "refills due");

  const byDrug = groupByDrug(due);
  const limit = pLimit(MAX_PARALLEL);
  const drugs = Object.keys(byDrug).sort();
  const stock = await Promise.all(drugs.map((d) => limit(() => checkInventory(storeId, d))));

  const queued: { rxId: string; status: number }[] = [];
  for (const [i, drug] of drugs.entries()) {
    const rxs = byDrug[drug];
    if (stock[i] < rxs.length) {
      log.warn({ drug, onHand: stock[i], wanted: rxs.length }, "short stock, partial fill");
    }
    for (const rx of rxs.slice(0, Math.max(stock[i], 0))) {
      queued.push(await queueFill(storeId, rx));
    }
  }
  const summary = await step("summary", () => ({ storeId, queued: queued.length, at: new Date().toISOString() }));
  return summary;
});
