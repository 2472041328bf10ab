// SDK: windmill-client 1.818.0 client.mjs step(): the random key is drawn once inside a step and read back from the checkpoint on every replay.
import { step, task, workflow } from "windmill-client";

type Transfer = { fromAccount: string; toAccount: string; cents: number };

const debit = task(async (account: string, cents: number, key: string) => {
  const res = await fetch(`https://ledger.example.com/accounts/${account}/debit`, {
    method: "POST",
    headers: { "Idempotency-Key": key },
    body: JSON.stringify({ cents }),
  });
  if (!res.ok) throw new Error(`debit failed ${res.status}`);
  return (await res.json()) as { entryId: string };
});

const credit = task(async (account: string, cents: number, key: string) => {
  const res = await fetch(`https://ledger.example.com/accounts/${account}/credit`, {
    method: "POST",
    headers: { "Idempotency-Key": key },
    body: JSON.stringify({ cents }),
  });
  if (!res.ok) throw new Error(`credit failed ${res.status}`);
  return (await res.json()) as { entryId: string };
});

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export const main = workflow(async (t: Transfer) => {
  const key = await step("idempotency-key", () => hex(crypto.getRandomValues(new Uint8Array(16))));
  const d = await debit(t.fromAccount, t.cents, `${key}-debit`);
  const c = await credit(t.toAccount, t.cents, `${key}-credit`);
  return { debit: d.entryId, credit: c.entryId };
});
