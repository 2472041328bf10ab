// SDK: windmill-client 1.818.0 client.mjs: a guard in the callback does not help: the task's bare `{ then }` object has no `.catch` (TypeError: lookupCompany(...).catch is not a function, run against the SDK's WorkflowCtx).
import { task, workflow } from "windmill-client";

const lookupCompany = task(async (domain: string) => ({ domain, name: "ACME" }));

export const main = workflow(async (domain: string) => {
  const company = await lookupCompany(domain).catch((e: any) => { // expect: WAC202
    if (e?.name === "StepSuspend") throw e;
    return { domain, name: null };
  });
  return company;
});
