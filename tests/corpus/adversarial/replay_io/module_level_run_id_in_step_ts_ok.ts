// SDK: windmill-client 1.818.0 client.mjs step(): the module-level id is read inside the step, whose result is checkpointed once; the body uses the checkpointed value.
import { step, task, workflow } from "windmill-client";

const makeRunId = () => crypto.randomUUID();

const charge = task(async (customer: string, key: string) => ({ customer, key }));

export const main = workflow(async (customer: string) => {
  const key = await step("run_id", () => makeRunId());
  return await charge(customer, key);
});
