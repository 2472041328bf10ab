// SDK: windmill-client 1.818.0 step(): each upsert is checkpointed; building the client does no I/O
import { step, task, workflow } from "windmill-client";
import { CrmClient, type Contact } from "/f/lib/crm.ts";

const loadContacts = task(async (plan: string) => {
  const res = await fetch(`https://billing.internal/customers?plan=${plan}`);
  return (await res.json()) as Contact[];
});

export const main = workflow(async (plan: string, crmUrl: string, crmToken: string) => {
  const contacts = await loadContacts(plan);
  const crm = new CrmClient(crmUrl, crmToken);
  const urls = contacts.map((c) => crm.contactUrl(c.id));
  let updated = 0;
  for (const c of contacts) {
    const r = await step("upsert_contact", () => crm.upsertContact(c));
    if (r.updated) updated++;
  }
  return { updated, urls };
});
