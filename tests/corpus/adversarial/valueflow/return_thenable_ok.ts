// SDK: windmill-client 1.818.0 client.mjs: an async function returning the task thenable adopts it (then() is called), so the step runs and its value is the result.
import { task, workflow } from "windmill-client";

const validate = task(async (order: { id: string; total: number }) => order.total > 0);
const fulfil = task(async (orderId: string) => ({ orderId, shipped: true }));

export const main = workflow(async (order: { id: string; total: number }) => {
  if (!(await validate(order))) {
    return { shipped: false };
  }
  return fulfil(order.id);
});
