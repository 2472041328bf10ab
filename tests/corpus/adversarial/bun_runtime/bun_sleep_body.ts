// SDK: windmill-client 1.818.0 client.mjs: the SDK's sleep(seconds) suspends server-side; Bun.sleep holds the worker and waits again on every replay.
import { task, workflow } from "windmill-client";

const poll = task(async (jobId: string) => ({ jobId, done: false }));

export const main = workflow(async (jobId: string) => {
  const first = await poll(jobId);
  if (!first.done) {
    await Bun.sleep(60_000); // expect: WAC101
  }
  return await poll(jobId);
});
