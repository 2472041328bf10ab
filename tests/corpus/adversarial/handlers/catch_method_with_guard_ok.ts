// SDK: windmill-client 1.818.0 client.mjs: the `.catch` callback rethrows the StepSuspend (name "StepSuspend") before falling back.
import { task, workflow } from "windmill-client";

const lookupCompany = task(async (domain: string) => ({ domain, name: "ACME" }));

export const main = workflow(async (domain: string) => {
  const company = await lookupCompany(domain).catch((e: any) => {
    if (e?.name === "StepSuspend") throw e;
    return { domain, name: null };
  });
  return company;
});
