// SDK: windmill-client 1.818.0 workflow(); /f/lib/crm.ts crmFromEnv reads process.env, upsertContact fetches
import { task, workflow } from "windmill-client";
import { crmFromEnv, defaultCrm, type Contact } from "/f/lib/crm.ts";

const loadContacts = task(async (plan: string) => {
  const res = await fetch(`https://billing.internal/customers?plan=${plan}`);
  return (await res.json()) as Contact[];
});

export const main = workflow(async (plan: string) => {
  const contacts = await loadContacts(plan);
  const crm = crmFromEnv(); // expect: WAC102
  let updated = 0;
  for (const c of contacts) {
    const r = await crm.upsertContact(c); // expect: WAC101
    if (r.updated) updated++;
  }
  await defaultCrm.upsertContact({ id: "sync-marker", email: "ops@example.com", plan }); // expect: WAC101
  return { updated };
});
