// SDK: windmill-client 1.818.0 client.mjs: the body replays from its first line and every SDK call rethrows a parked suspension; p-timeout races the task's StepSuspend and when its timer wins first the catch returns a fallback that does not rethrow, so the suspension is swallowed.
import pTimeout from "p-timeout";
import { task, workflow } from "windmill-client";

const quote = task(async (sku: string) => ({ sku, price: 10 }));

export const main = workflow(async (sku: string) => {
  try {
    return await pTimeout(quote(sku), { milliseconds: 5000 });
  } catch { // expect: WAC202
    return { sku, price: null };
  }
});
