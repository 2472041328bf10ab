// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the key is the name; a new UUID each replay is never in the checkpoint, so the step runs again every round.
import { step, task, workflow } from "windmill-client";

const ship = task(async (orderId: string, label: string) => ({ orderId, label }));

export const main = workflow(async (orderId: string) => {
  const label = await step(crypto.randomUUID(), () => `LBL-${orderId}`); // expect: WAC102, WAC103
  return await ship(orderId, label);
});
