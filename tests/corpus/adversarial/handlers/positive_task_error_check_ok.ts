// SDK: windmill-client 1.818.0 dist/wacError.mjs taskErrorFromMarker: a failed task throws an Error named "TaskError"; everything else (StepSuspend included) is rethrown by the last statement.
import { task, workflow } from "windmill-client";

const chargeCard = task(async (orderId: string) => ({ orderId, charged: true }));

export const main = workflow(async (orderId: string) => {
  try {
    return await chargeCard(orderId);
  } catch (err) {
    if (err instanceof Error && err.name === "TaskError") {
      return { orderId, charged: false, reason: err.message };
    }
    throw err;
  }
});
