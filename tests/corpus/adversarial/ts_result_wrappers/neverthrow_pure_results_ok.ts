// SDK: windmill-client 1.818.0 client.mjs: neverthrow Results over pure validation of the input (ok / err / combine) catch nothing thrown by the SDK; the task is awaited outside them.
import { Result, err, ok } from "neverthrow";
import { task, workflow } from "windmill-client";

const provision = task(async (tenant: string, plan: string) => ({ tenant, plan, ready: true }));

const checkTenant = (t: string): Result<string, string> => (/^[a-z0-9-]{3,30}$/.test(t) ? ok(t) : err(`bad tenant ${t}`));
const checkPlan = (p: string): Result<string, string> => (["free", "pro", "team"].includes(p) ? ok(p) : err(`bad plan ${p}`));

export const main = workflow(async (tenant: string, plan: string) => {
  const checked = Result.combine([checkTenant(tenant), checkPlan(plan)]);
  if (checked.isErr()) return { error: checked.error };
  const [t, p] = checked.value;
  return await provision(t, p);
});
