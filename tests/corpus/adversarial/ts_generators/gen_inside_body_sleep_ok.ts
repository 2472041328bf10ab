// SDK: windmill-client 1.818.0 client.mjs sleep(seconds): a server-side sleep; an async generator declared in the body awaits the SDK's sleep between polls.
import { sleep, task, workflow } from "windmill-client";

const poll = task(async (jobId: string) => ({ jobId, done: jobId.endsWith("9") }));

export const main = workflow(async (jobId: string) => {
  async function* polls() {
    for (let i = 0; i < 5; i++) {
      yield await poll(jobId);
      await sleep(60);
    }
  }
  for await (const p of polls()) if (p.done) return p;
  return { jobId, done: false };
});
