// SDK: windmill-client 1.818.0 client.mjs: a failed task rejects with an Error named "TaskError"; a catch that handles only that name and rethrows everything else lets the suspension (StepSuspend) through.
import { task, workflow } from "windmill-client";

const charge = task(async (customer: string, cents: number) => ({ customer, cents }));
const flag = task(async (customer: string, reason: string) => ({ customer, reason }));

const isTaskError = (e: unknown): e is Error => e instanceof Error && e.name === "TaskError";

export const main = workflow(async (customer: string, cents: number) => {
  try {
    return await charge(customer, cents);
  } catch (e) {
    if (!isTaskError(e)) throw e;
    return await flag(customer, e.message);
  }
});
