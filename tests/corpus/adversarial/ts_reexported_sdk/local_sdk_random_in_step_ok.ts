// SDK: windmill-client 1.818.0 client.mjs: ../lib/sdk re-exports windmill-client; the coin is tossed once in a step and replayed from its checkpoint.
import { step, task, workflow } from "../lib/sdk";

const send = task(async (userId: string, variant: string) => ({ userId, variant }));

export const main = workflow(async (userId: string) => {
  const variant = await step("pick-variant", () => (Math.random() < 0.5 ? "a" : "b"));
  return await send(userId, variant);
});
