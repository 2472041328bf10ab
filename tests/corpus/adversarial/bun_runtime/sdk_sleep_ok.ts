// SDK: windmill-client 1.818.0 client.mjs _sleep: a durable sleep keyed `sleep`, replayed from the checkpoint.
import { sleep, task, workflow } from "windmill-client";

const poll = task(async (jobId: string) => ({ jobId, done: false }));

export const main = workflow(async (jobId: string) => {
  const first = await poll(jobId);
  if (!first.done) {
    await sleep(60);
  }
  return await poll(jobId);
});
