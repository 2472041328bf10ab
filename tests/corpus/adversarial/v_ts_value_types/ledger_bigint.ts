// SDK: windmill-client 1.818.0 encodeCheckpointPayload writes a bigint as its digits (a string), and a task result is the child job's JSON result
// Ledger balance check with minor units kept as bigint.
import { task, workflow } from "windmill-client";

type Posting = { account: string; amountMinor: string };

const loadBalance = task(async (account: string) => {
  const r = await fetch(`https://ledger.internal/accounts/${account}/balance`);
  const j = (await r.json()) as { balance_minor: string; currency: string };
  return { balanceMinor: BigInt(j.balance_minor), currency: j.currency }; // expect: WAC107
});

const postTransfer = task(async (from: string, to: string, amountMinor: string) => {
  const r = await fetch("https://ledger.internal/transfers", {
    method: "POST",
    body: JSON.stringify({ from, to, amount_minor: amountMinor }),
  });
  return (await r.json()) as { transferId: string };
});

export const main = workflow(async (from: string, to: string, amountMinor: string) => {
  const amount = BigInt(amountMinor);
  const balance = await loadBalance(from);
  if (balance.balanceMinor < amount) {
    return { ok: false, reason: "insufficient funds" };
  }
  const t = await postTransfer(from, to, amount.toString());
  return { ok: true, transferId: t.transferId };
});
