// SDK: windmill-client 1.818.0 index.mjs re-exports client.mjs's `task`, `step`, `workflow`; destructured from the namespace under their own names they are the same functions, and windmill-oracle `dag` draws the task `enrich` and the step `stamp`.
import * as wmill from "windmill-client";

const { task, step, workflow } = wmill;

const enrich = task(async function enrich(domain: string) {
  return { domain, employees: 120 };
});

export const main = workflow(async (domain: string) => {
  const stamp = await step("stamp", () => new Date().toISOString());
  const company = await enrich(domain);
  return { ...company, stamp };
});
