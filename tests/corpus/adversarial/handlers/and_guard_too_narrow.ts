// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is an Error with an empty `cause`, so `e instanceof Error && e.cause` is false for it and the handler swallows it.
import { task, workflow } from "windmill-client";

const chargeCard = task(async (orderId: string) => ({ orderId, charged: true }));

export const main = workflow(async (orderId: string) => {
  try {
    return await chargeCard(orderId);
  } catch (e) { // expect: WAC202
    if (e instanceof Error && e.cause) throw e;
    return { orderId, charged: false };
  }
});
