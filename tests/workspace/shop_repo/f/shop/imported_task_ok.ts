import { enrichCompany } from "/f/shared/company_tasks.ts";
import { workflow } from "windmill-client";

export const main = workflow(async (domain: string) => {
  const company = await enrichCompany(domain);
  return { domain, name: company.name };
});
