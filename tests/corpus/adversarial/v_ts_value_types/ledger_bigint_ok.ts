// SDK: windmill-client 1.818.0 a task result crosses JSON; strings survive, so the bigint is rebuilt in the body from the digits
// Ledger balance check: minor units cross the task boundary as strings.
import { task, workflow } from "windmill-client";

const loadBalance = task(async (account: string) => {
  const r = await fetch(`https://ledger.internal/accounts/${account}/balance`);
  const j = (await r.json()) as { balance_minor: string; currency: string };
  return { balanceMinor: BigInt(j.balance_minor).toString(), currency: j.currency };
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
  const available = BigInt(balance.balanceMinor);
  if (available < amount) {
    return { ok: false, shortBy: (amount - available).toString() };
  }
  const t = await postTransfer(from, to, amount.toString());
  return { ok: true, transferId: t.transferId, remaining: (available - amount).toString() };
});
