// SDK: windmill-client 1.818.0 wacError.mjs / client.mjs: a failed task is rethrown as an Error named "TaskError"; a catch that rethrows everything else (the StepSuspend included) and handles only that is what the guide asks.
import { task, workflow } from "windmill-client";

const chargeCard = task(async (customerId: string, cents: number) => ({ customerId, cents, charged: true }));
const sendDunning = task(async (customerId: string, reason: string) => ({ customerId, reason }));

export const main = workflow(async (customerId: string, cents: number) => {
  try {
    return await chargeCard(customerId, cents);
  } catch (e) {
    if (!(e instanceof Error) || e.name !== "TaskError") throw e;
    return await sendDunning(customerId, e.message);
  }
});
