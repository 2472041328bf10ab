// SDK: windmill-client 1.818.0 client.mjs: jsforce's `sobject(...).create` creates a Salesforce record when called; in the body each replay creates another lead.
import jsforce from "jsforce";
import { task, workflow } from "windmill-client";

const enrich = task(async (email: string) => ({ email, company: "Acme" }));

export const main = workflow(async (instanceUrl: string, accessToken: string, email: string) => {
  const lead = await enrich(email);
  const conn = new jsforce.Connection({ instanceUrl, accessToken });
  const res = await conn.sobject("Lead").create({ Email: lead.email, Company: lead.company }); // expect: WAC101
  return res;
});
