// SDK: windmill-client 1.818.0 client.mjs assertUsableRetry: attempts above MAX_RETRY_ATTEMPTS (100) throw when the task is defined.
import { task, workflow } from "windmill-client";

const poll = task(async (jobId: string) => ({ jobId, done: false }), { retry: { attempts: 500, delay: 5 } }); // expect: WAC302

export const main = workflow(async (jobId: string) => {
  return await poll(jobId);
});
