// SDK: windmill-client 1.818.0 client.mjs: StepSuspend extends Error, not TypeError; a catch that rethrows only TypeError and returns otherwise swallows the suspension raised when the task is dispatched.
import { task, workflow } from "windmill-client";

const chargeCard = task(async (customerId: string, cents: number) => ({ customerId, cents, charged: true }));

export const main = workflow(async (customerId: string, cents: number) => {
  try {
    return await chargeCard(customerId, cents);
  } catch (e) { // expect: WAC202
    if (e instanceof TypeError) throw e;
    return { customerId, charged: false, error: String(e) };
  }
});
