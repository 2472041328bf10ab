// SDK: windmill-client 1.818.0 step() runs fn inline in the workflow job; a task dispatched from it is not a checkpoint of its own (the step's catch rethrows StepSuspend)
import { parallel, step, workflow } from "windmill-client";
import * as kit from "/f/kit/index.ts";

export const main = workflow(async (orders: kit.Order[], concurrency = 4) => {
  const started = await step("started_at", () => kit.isoNow());

  const charged = await parallel(
    orders,
    (order) => step(`charge_${order.id}`, () => kit.chargeAndNotify(order)), // expect: WAC103, WAC304
    { concurrency },
  );

  const failures = charged.filter((c) => !c || c.status !== "succeeded");
  for (const failed of failures) {
    if (failed?.id) {
      kit.rollback(failed.id); // expect: WAC106
    }
  }

  const finishedAt = kit.stamp(); // expect: WAC102
  return { started, finishedAt, total: orders.length, failed: failures.length };
});
