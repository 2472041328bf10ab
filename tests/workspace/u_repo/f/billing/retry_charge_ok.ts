// SDK: windmill-client 1.818.0 exports StepSuspend; rethrowSuspend rethrows it before the business error is handled
import { workflow } from "windmill-client";
import { describe, rethrowSuspend } from "/f/lib/errors.ts";
import { chargeCard } from "/f/lib/tasks.ts";

export const main = workflow(async (customer_id: string, cents: number) => {
  try {
    const chargeId = await chargeCard(customer_id, cents);
    return { ok: true, chargeId };
  } catch (e) {
    rethrowSuspend(e);
    return { ok: false, reason: describe(e) };
  }
});
