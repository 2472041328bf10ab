// SDK: windmill-client 1.818.0 step() checkpoints the generated key; later rounds read it back from completed_steps
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
  const idempotencyKey = await step("idempotency_key", () => Bun.randomUUIDv7());
  const transferId = await createTransfer(fromIban, toIban, cents, idempotencyKey);
  return { transferId, idempotencyKey };
});
