// SDK: windmill-client 1.818.0 client.mjs: step() runs its function once and checkpoints the result; a short setTimeout wait and a clock read inside it are not repeated by replays.
import { step, task, workflow } from "windmill-client";

const poll = task(async (job: string) => ({ job, state: "done" }));

export const main = workflow(async (job: string) => {
  const waitedUntil = await step("settle", async () => {
    await new Promise((r) => setTimeout(r, 2_000));
    return new Date().toISOString();
  });
  return { waitedUntil, ...(await poll(job)) };
});
