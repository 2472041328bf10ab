// SDK: windmill-client 1.818.0 client.mjs: ../lib/sdk re-exports windmill-client; Math.random in the replayed body picks a different variant per round.
import { step, task, workflow } from "../lib/sdk";

const send = task(async (userId: string, variant: string) => ({ userId, variant }));

export const main = workflow(async (userId: string) => {
  const variant = Math.random() < 0.5 ? "a" : "b"; // expect: WAC102
  return await send(userId, variant);
});
