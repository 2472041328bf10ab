// SDK: windmill-client 1.818.0 client.mjs assertUsableRetry / retryDelaySeconds: whole attempts up to 100 and numeric delay, multiplier and max_delay are read as written.
import { task, workflow } from "windmill-client";

const charge = task(async (id: string) => ({ id }), { retry: { attempts: 5, delay: 30, multiplier: 2, max_delay: 600 } });

export const main = workflow(async (id: string) => {
  return await charge(id);
});
