// SDK: windmill-client 1.818.0 client.mjs _nextStep(): `.finally` is called on the real Promise that Promise.all returns (not on a task's `{ then }`), and the catch rethrows anything that is not the registry's business error (StepSuspend included) before handling
import { task, workflow, step } from "windmill-client";

type Holding = { account: string; serialFrom: string; serialTo: string };

const registryHoldings = task(async (registry: string, account: string): Promise<Holding[]> => {
  const r = await fetch(`https://${registry}/api/accounts/${account}/holdings`);
  if (!r.ok) throw new Error(`registry ${registry}: ${r.status}`);
  return (await r.json()) as Holding[];
});

const ledgerHoldings = task(async (account: string): Promise<Holding[]> => {
  const r = await fetch(`https://ledger.verdant.example/api/accounts/${account}/holdings`);
  return (await r.json()) as Holding[];
});

const openDiscrepancy = task(async (account: string, missing: Holding[]) => {
  await fetch("https://ops.verdant.example/api/discrepancies", { method: "POST", body: JSON.stringify({ account, missing }) });
});

const key = (h: Holding) => `${h.serialFrom}-${h.serialTo}`;

export const main = workflow(async (account: string, registry = "registry.verdant.example") => {
  const [remote, local] = await Promise.all([registryHoldings(registry, account), ledgerHoldings(account)]).finally(() =>
    console.log(`fetched holdings for ${account}`),
  );
  const known = new Set(local.map(key));
  const missing = remote.filter((h) => !known.has(key(h)));
  try {
    if (missing.length > 0) await openDiscrepancy(account, missing);
  } catch (e: unknown) {
    if (!(e instanceof Error) || e.name !== "TaskError") throw e;
    console.log(`could not open discrepancy: ${e.message}`);
  }
  const checkedAt = await step("checked_at", () => new Date().toISOString());
  return { account, missing: missing.length, checkedAt };
});
