// SDK: windmill-client 1.818.0 client.mjs: Math.random inside a step callback is checkpointed; the SDK's sleep of that value is the same every replay.
import { sleep, step, task, workflow } from "windmill-client";

const poll = task(async (jobId: string) => {
  const r = await fetch(`https://render.example.com/api/jobs/${jobId}`);
  return (await r.json()) as { done: boolean; url?: string };
});

export const main = workflow(async (jobId: string, maxPolls: number = 10) => {
  for (let i = 0; i < maxPolls; i++) {
    const state = await poll(jobId);
    if (state.done) return state;
    const jitter = await step("jitter", () => Math.floor(Math.random() * 30));
    await sleep(60 + jitter);
  }
  return { done: false };
});
