// SDK: windmill-client 1.818.0 task() (client.mjs encodeCheckpointPayload: a bigint is written as its digits, so it comes back a string); zod 3 z.coerce.bigint() yields a bigint
import { z } from "zod";
import { task, workflow } from "windmill-client";

const BalanceSchema = z.object({
  account: z.string(),
  minorUnits: z.coerce.bigint(),
  currency: z.string().length(3),
});

const readBalance = task(async function readBalance(account: string) {
  const res = await fetch(`https://ledger.internal/accounts/${account}/balance`);
  const balance = BalanceSchema.parse(await res.json());
  return balance.minorUnits; // expect: WAC107
});

const postSweep = task(async function postSweep(from: string, to: string, amount: string) {
  await fetch("https://ledger.internal/transfers", {
    method: "POST",
    body: JSON.stringify({ from, to, amount }),
  });
});

export const main = workflow(async (accounts: string[], treasury: string) => {
  let swept = 0n;
  for (const account of accounts) {
    const minor = await readBalance(account);
    if (minor > 0n) {
      await postSweep(account, treasury, minor.toString());
      swept += minor;
    }
  }
  return { swept: swept.toString() };
});
