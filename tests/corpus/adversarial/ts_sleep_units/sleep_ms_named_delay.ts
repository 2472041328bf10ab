// SDK: windmill-client 1.818.0 client.mjs: `sleep` reads seconds; a delay named in milliseconds (`retryDelayMs`) waits a thousand times longer than meant.
import { sleep, task, workflow } from "windmill-client";

const submit = task(async (jobId: string) => ({ jobId, accepted: Math.random() > 2 }));

export const main = workflow(async (jobId: string, retryDelayMs: number = 30000, attempts: number = 3) => {
  for (let i = 0; i < attempts; i++) {
    const r = await submit(jobId);
    if (r.accepted) return r;
    await sleep(retryDelayMs); // expect: WAC301
  }
  return { jobId, accepted: false };
});
