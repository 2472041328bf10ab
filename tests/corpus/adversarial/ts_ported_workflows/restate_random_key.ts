// SDK: windmill-client 1.818.0 client.mjs: the body re-runs after every task; Restate's ctx.rand was journaled, but crypto.getRandomValues in the body draws a new key each round, and the child job that runs `transfer` replays the body and is called with its own draw.
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
  // Restate: const key = ctx.rand.uuidv4();
  const key = hex(crypto.getRandomValues(new Uint8Array(16))); // expect: WAC102
  const d = await debit(t.fromAccount, t.cents, `${key}-debit`);
  const c = await credit(t.toAccount, t.cents, `${key}-credit`);
  const summary = await step("summary", () => ({ debit: d.entryId, credit: c.entryId }));
  return summary;
});
