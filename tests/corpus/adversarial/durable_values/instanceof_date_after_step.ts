// SDK: windmill-client 1.818.0 client.mjs step(): the value comes back from JSON, so `instanceof Date` on it is always false.
import { step, task, workflow } from "windmill-client";

const archive = task(async (before: string) => ({ before }));

export const main = workflow(async () => {
  const cutoff = await step("cutoff", () => new Date(Date.now() - 30 * 86_400_000).toISOString());
  const before = cutoff instanceof Date ? cutoff.toISOString() : String(cutoff); // expect: WAC107
  return await archive(before);
});
