// SDK: windmill-client 1.818.0 client.mjs: await-to-js's `to(promise)` catches every rejection and returns `[err]`; around a task it catches the StepSuspend (an Error) thrown on dispatch, and the body goes on as if the charge failed.
import to from "await-to-js";
import { task, workflow } from "windmill-client";

const charge = task(async (customerId: string, cents: number) => ({ customerId, cents, id: `ch_${customerId}` }));
const flagAccount = task(async (customerId: string, reason: string) => ({ customerId, reason }));

export const main = workflow(async (customerId: string, cents: number) => {
  const [err, receipt] = await to(charge(customerId, cents)); // expect: WAC202
  if (err) return await flagAccount(customerId, err.message);
  return receipt;
});
