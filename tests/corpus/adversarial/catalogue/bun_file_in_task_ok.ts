// SDK: windmill-client 1.818.0 client.mjs: a task body runs in its own job once per key; reading a file there is not replayed.
import { task, workflow } from "windmill-client";

const loadRules = task(async (rulesPath: string) => (await Bun.file(rulesPath).text()).split("\n"));
const applyRules = task(async (rules: string[], tenant: string) => ({ tenant, applied: rules.length }));

export const main = workflow(async (tenant: string, rulesPath: string) => {
  const rules = await loadRules(rulesPath);
  return await applyRules(rules, tenant);
});
