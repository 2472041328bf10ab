// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: a literal key; the UUID is drawn once inside the callback and replayed from the checkpoint.
import { step, task, workflow } from "windmill-client";

const ship = task(async (orderId: string, label: string) => ({ orderId, label }));

export const main = workflow(async (orderId: string) => {
  const label = await step("label_id", () => crypto.randomUUID());
  return await ship(orderId, label);
});
