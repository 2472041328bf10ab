// SDK: windmill-client 1.818.0 taskScript (client.mjs: `typeof args[0] === "object"` is true for an array, so a lone array becomes the kwargs object itself: keys "0", "1", ... instead of the script's parameter)
import { task, taskScript, workflow } from "windmill-client";

type Contact = { email: string; firstName: string; lastName: string; company?: string };

const fetchNewContacts = task(async function fetchNewContacts(since: string): Promise<Contact[]> {
  const res = await fetch(`https://forms.internal/submissions?since=${encodeURIComponent(since)}`);
  return (await res.json()) as Contact[];
});

// f/crm/bulk_upsert: export async function main(contacts: Contact[], dedupe_on = "email")
const bulkUpsert = taskScript("f/crm/bulk_upsert", { timeout: 900 });

export const main = workflow(async (since: string) => {
  const contacts = await fetchNewContacts(since);
  const clean = contacts
    .filter((c) => c.email.includes("@"))
    .map((c) => ({ ...c, email: c.email.trim().toLowerCase() }));
  if (clean.length === 0) return { upserted: 0 };
  const result = await bulkUpsert(clean); // expect: WAC301
  return { upserted: clean.length, result };
});
