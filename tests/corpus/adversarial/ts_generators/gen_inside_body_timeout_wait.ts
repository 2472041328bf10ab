// SDK: windmill-client 1.818.0 client.mjs sleep(seconds): the guide asks for the SDK's sleep; a setTimeout promise in a body generator holds the worker and runs again every replay.
import { task, workflow } from "windmill-client";

const poll = task(async (jobId: string) => ({ jobId, done: jobId.endsWith("9") }));

export const main = workflow(async (jobId: string) => {
  async function* polls() {
    for (let i = 0; i < 5; i++) {
      yield await poll(jobId);
      await new Promise((r) => setTimeout(r, 60_000));
    }
  }
  for await (const p of polls()) if (p.done) return p; // expect: WAC101
  return { jobId, done: false };
});
