// SDK: windmill-client 1.818.0 client.mjs: neverthrow's ResultAsync.fromPromise turns any rejection into an Err; around a task the StepSuspend thrown on dispatch becomes an Err and the body takes the failure branch.
import { ResultAsync } from "neverthrow";
import { task, workflow } from "windmill-client";

const provision = task(async (tenant: string, plan: string) => ({ tenant, plan, ready: true }));
const notifySales = task(async (tenant: string, why: string) => ({ tenant, why }));

export const main = workflow(async (tenant: string, plan: string) => {
  const result = await ResultAsync.fromPromise(provision(tenant, plan), (e) => String(e)); // expect: WAC202
  if (result.isErr()) return await notifySales(tenant, result.error);
  return result.value;
});
