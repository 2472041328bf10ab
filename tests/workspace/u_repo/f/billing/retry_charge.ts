// SDK: windmill-client 1.818.0 a task call suspends the workflow by throwing StepSuspend; a catch that returns keeps it from the runner (no SDK call follows to rethrow it)
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
