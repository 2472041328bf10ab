// SDK: windmill-client 1.818.0 client.mjs _nextStep()/parallel(): tasks dispatched in a fixed order through parallel(); a failed batch fails the workflow (no catch), and the email is its own task
import { task, workflow, parallel } from "windmill-client";

type RetirementBatch = { beneficiary: string; serials: string[]; reason: string };

const MAX_SERIALS_PER_BATCH = 500;

const retireBatch = task(async (batch: RetirementBatch) => {
  const res = await fetch("https://registry.verdant.example/api/retire", {
    method: "POST",
    body: JSON.stringify(batch),
  });
  if (!res.ok) throw new Error(`retire failed: ${res.status}`);
  return (await res.json()).receipt as string;
});

const emailBeneficiary = task(async (beneficiary: string, receipts: string[]) => {
  await fetch("https://mail.verdant.example/send", {
    method: "POST",
    body: JSON.stringify({ to: beneficiary, template: "retirement", receipts }),
  });
});

function chunk<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export const main = workflow(async (beneficiary: string, serials: string[], reason = "voluntary offset") => {
  const batches: RetirementBatch[] = chunk(serials, MAX_SERIALS_PER_BATCH).map((s) => ({ beneficiary, serials: s, reason }));
  const receipts = await parallel(batches, retireBatch, { concurrency: 4 });
  await emailBeneficiary(beneficiary, receipts);
  return { retired: receipts.length, batches: batches.length };
});
