// SDK: windmill-client 1.818.0 replays the body; Bun.randomUUIDv7() reads the clock and randomness, a new key each round
import { task, step, workflow } from "windmill-client";

const createTransfer = task(async (fromIban: string, toIban: string, cents: number, idempotencyKey: string) => {
  const res = await fetch("https://bank.internal/transfers", {
    method: "POST",
    headers: { "Idempotency-Key": idempotencyKey },
    body: JSON.stringify({ fromIban, toIban, cents }),
  });
  return ((await res.json()) as { transferId: string }).transferId;
});

export const main = workflow(async (fromIban: string, toIban: string, cents: number) => {
  const requestedBy = await step("requested_by", () => process.env.WM_USERNAME ?? "unknown");
  const idempotencyKey = Bun.randomUUIDv7(); // expect: WAC102
  const transferId = await createTransfer(fromIban, toIban, cents, idempotencyKey);
  return { transferId, requestedBy };
});
