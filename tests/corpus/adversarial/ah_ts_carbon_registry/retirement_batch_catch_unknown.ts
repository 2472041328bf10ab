// SDK: windmill-client 1.818.0 client.mjs _nextStep(): the first round's `await retireBatch(b)` raises StepSuspend (an Error); the catch inside the map callback turns it into a `{ ok: false }` row, so the batch is reported failed instead of suspending
import { task, workflow, step } from "windmill-client";

// Ported from Trigger.dev v3: `await retireBatch.batchTriggerAndWait(batches.map((b) => ({ payload: b })))`,
// whose results carry `ok: false` rows instead of throwing.

type RetirementBatch = { beneficiary: string; serials: string[]; reason: string };
type RetireResult = { ok: true; receipt: string } | { ok: false; error: string };

const MAX_SERIALS_PER_BATCH = 500;

const retireBatch = task(async (batch: RetirementBatch) => {
  const res = await fetch("https://registry.verdant.example/api/retire", {
    method: "POST",
    body: JSON.stringify(batch),
  });
  if (res.status === 409) throw new Error("serial already retired");
  return (await res.json()).receipt as string;
});

const emailBeneficiary = task(async (beneficiary: string, receipts: string[]) => {
  await fetch("https://mail.verdant.example/send", {
    method: "POST",
    body: JSON.stringify({ to: beneficiary, template: "retirement", receipts }),
  });
});

function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export const main = workflow(async (beneficiary: string, serials: string[], reason = "voluntary offset") => {
  const batches = chunk(serials, MAX_SERIALS_PER_BATCH).map((s) => ({ beneficiary, serials: s, reason }));
  const results: RetireResult[] = await Promise.all(
    batches.map(async (b) => {
      try {
        return { ok: true as const, receipt: await retireBatch(b) };
      } catch (e: unknown) { // expect: WAC202
        return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
      }
    }),
  );
  const receipts = results.flatMap((r) => (r.ok ? [r.receipt] : []));
  if (receipts.length > 0) await emailBeneficiary(beneficiary, receipts);
  const failed = await step("failed_count", () => results.filter((r) => !r.ok).length);
  return { retired: receipts.length, failed };
});
