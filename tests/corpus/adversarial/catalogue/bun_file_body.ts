// SDK: windmill-client 1.818.0 client.mjs: a file read in the workflow body is not checkpointed; the file may differ on the next round's worker.
import { task, workflow } from "windmill-client";

const applyRules = task(async (rules: string, tenant: string) => ({ tenant, applied: rules.split("\n").length }));

export const main = workflow(async (tenant: string, rulesPath: string) => {
  const rules = await Bun.file(rulesPath).text(); // expect: WAC101
  return await applyRules(rules, tenant);
});
