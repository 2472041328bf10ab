// SDK: windmill-client 1.818.0 client.mjs: Promise.all over the mapped task promises awaits each of them.
import { task, workflow } from "windmill-client";

const enrich = task(async (domain: string) => ({ domain, employees: 40 }));

export const main = workflow(async (domains: string[]) => {
  const companies = await Promise.all(domains.map((d) => enrich(d.toLowerCase())));
  return companies.filter((c) => c.employees > 10);
});
