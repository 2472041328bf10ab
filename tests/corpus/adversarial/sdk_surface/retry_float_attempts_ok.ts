// SDK: windmill-client 1.818.0 client.mjs: `assertUsableRetry` checks `Number.isInteger(attempts)`, which `3.0` passes (JavaScript has one number type); `delay` and `max_delay` are plain numbers.
import { task, workflow } from "windmill-client";

const syncCrm = task(async (account: string) => account, {
  retry: { attempts: 3.0, delay: 2.5, multiplier: 2, max_delay: 60 },
  timeout: 600,
});

export const main = workflow(async (account: string) => {
  return await syncCrm(account);
});
