// Pay out a merchant batch over the instant rail when enabled, else the standard one.
import { step, task, workflow } from "windmill-client";
import { withinLimit } from "/f/ts/limits.ts";
import { sendPayout } from "/f/ts/tasks.ts";
import type { Payout } from "/f/ts/types.ts";

const loadPayouts = task(async (batchId: string): Promise<Payout[]> => {
  const res = await fetch(`https://payouts.example/batches/${batchId}/items`);
  return (await res.json()) as Payout[];
});

const loadFlags = task(async () => {
  const { flags } = await import("/f/ts/flags.ts");
  return { instantPayouts: flags.instantPayouts, maxBatch: flags.maxBatch };
});

const markBatch = task(async (batchId: string, status: string, sent: number) => {
  await fetch(`https://payouts.example/batches/${batchId}`, {
    method: "PATCH",
    body: JSON.stringify({ status, sent }),
  });
  return { batchId, status };
});

export const main = workflow(async (batchId: string, requested: number = 500) => {
  const payouts = await loadPayouts(batchId);
  const flags = await loadFlags();
  const size = Math.min(requested, flags.maxBatch);
  const rail = flags.instantPayouts ? "instant" : "standard";

  const sent: string[] = [];
  const skipped: string[] = [];
  for (const p of payouts.slice(0, size)) {
    if (!withinLimit(p.currency, p.amountCents)) {
      skipped.push(p.id);
      continue;
    }
    await sendPayout({ payoutId: p.id, amountCents: p.amountCents, currency: p.currency, iban: p.iban });
    sent.push(p.id);
  }
  const summary = await step("summary", () => ({ rail, sent: sent.length, skipped: skipped.length }));
  await markBatch(batchId, skipped.length ? "partial" : "sent", sent.length);
  return summary;
});
