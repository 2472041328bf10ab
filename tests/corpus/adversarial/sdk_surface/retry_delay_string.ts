// SDK: windmill-client 1.818.0 client.mjs: `retryDelaySeconds` computes `!(base > 0)` on `retry.delay`; "30s" compares as `NaN`, so every retry goes out at once, without the wait that was asked for.
import { task, workflow } from "windmill-client";

const syncCrm = task(async (account: string) => account, { retry: { attempts: 3, delay: "30s" as unknown as number } }); // expect: WAC302

export const main = workflow(async (account: string) => {
  return await syncCrm(account);
});
