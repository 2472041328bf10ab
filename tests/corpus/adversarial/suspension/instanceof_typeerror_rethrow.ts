// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is not a TypeError, so this handler rethrows only TypeErrors and swallows the suspension.
import { task, workflow } from "windmill-client";

const charge = task(async (orderId: string) => `ch_${orderId}`);

export const main = workflow(async (orderIds: string[]) => {
  const charges: Record<string, string | null> = {};
  for (const id of orderIds) {
    try {
      charges[id] = await charge(id);
    } catch (e) { // expect: WAC202
      if (e instanceof TypeError) throw e;
      charges[id] = null;
    }
  }
  return charges;
});
