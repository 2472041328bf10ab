// SDK: windmill-client 1.818.0 client.mjs _nextStep / _executingKey: the child job re-runs the workflow body up to the task's key, so `region`, set by the body before the call, holds the same value when the task runs.
import { task, workflow } from "windmill-client";

let region = "eu";

const provision = task(async (tenant: string) => ({ tenant, region }));

export const main = workflow(async (tenant: string, where: string) => {
  region = where;
  return await provision(tenant);
});
