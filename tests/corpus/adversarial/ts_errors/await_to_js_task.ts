// SDK: windmill-client 1.818.0 client.mjs _nextStep: `to(p)` runs `p.then(...).catch(...)` on the task call's bare `{ then }` object; once the task is checkpointed `then` hands back the pair itself, which has no `.catch`: TypeError.
import to from "await-to-js";
import { task, workflow } from "windmill-client";

const charge = task(async (orderId: string) => ({ orderId, paid: true }));

export const main = workflow(async (orderId: string) => {
  const [err, receipt] = await to(charge(orderId)); // expect: WAC202
  if (err) return { orderId, paid: false };
  return receipt;
});
