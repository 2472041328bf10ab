// SDK: windmill-client 1.818.0 client.mjs: StepSuspend extends Error, not TypeError; a catch that rethrows only TypeError and returns otherwise swallows the suspension raised when the task is dispatched (WAC202), and the TypeError test never matches a task failure (WAC204, as in everyday_style/).
import { task, workflow } from "windmill-client";

const chargeCard = task(async (customerId: string, cents: number) => ({ customerId, cents, charged: true }));

export const main = workflow(async (customerId: string, cents: number) => {
  try {
    return await chargeCard(customerId, cents);
  } catch (e) { // expect: WAC202
    if (e instanceof TypeError) throw e; // expect: WAC204
    return { customerId, charged: false, error: String(e) };
  }
});
