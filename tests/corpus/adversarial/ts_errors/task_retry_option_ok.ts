// SDK: windmill-client 1.818.0 client.mjs task(): the retry policy is the task's option; the SDK retries it with durable sleeps between attempts.
import { task, workflow } from "windmill-client";

const sync = task(async (id: string) => ({ id, synced: true }), { retry: { attempts: 5, delay: 10, multiplier: 2 } });

export const main = workflow(async (id: string) => {
  return await sync(id);
});
