// SDK: windmill-client 1.818.0 a task call suspends by throwing StepSuspend (an Error): this catch runs on every suspension and returns; the SDK parks the suspension for the worker's runner (_takePendingSuspend), whose handling is not in the SDK
import { workflow } from "windmill-client";
import { describe } from "/f/lib/errors.ts";
import { chargeCard } from "/f/lib/tasks.ts";

export const main = workflow(async (customer_id: string, cents: number) => {
  try {
    const chargeId = await chargeCard(customer_id, cents);
    return { ok: true, chargeId };
  } catch (e) { // expect: WAC202
    return { ok: false, reason: describe(e) };
  }
});
