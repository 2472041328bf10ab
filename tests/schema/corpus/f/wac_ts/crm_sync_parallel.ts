// Pull contacts from three sources at the same time, then merge and upsert
// them into HubSpot.
import { task, workflow } from "windmill-client";

type Contact = { email?: string; [k: string]: unknown };

const fetchStripeCustomers = task(async (since: string): Promise<Contact[]> => {
  const res = await fetch(`https://api.stripe.example/v1/customers?created[gte]=${since}`);
  return (await res.json()).data;
}, { timeout: 300 });

const fetchIntercomUsers = task(async (since: string): Promise<Contact[]> => {
  const res = await fetch(`https://api.intercom.example/users?updated_since=${since}`);
  return (await res.json()).users;
}, { timeout: 300 });

const fetchWebinarSignups = task(async (since: string): Promise<Contact[]> => {
  const res = await fetch(`https://webinars.example/api/signups?since=${since}`);
  return await res.json();
}, { timeout: 300 });

const mergeContacts = task(async (...sources: Contact[][]) => {
  const byEmail = new Map<string, Contact>();
  for (const source of sources) {
    for (const c of source) {
      const email = (c.email ?? "").toLowerCase();
      if (email) byEmail.set(email, { ...(byEmail.get(email) ?? {}), ...c });
    }
  }
  return [...byEmail.values()];
});

const upsertHubspot = task(async (contacts: Contact[]) => {
  for (let i = 0; i < contacts.length; i += 100) {
    await fetch("https://api.hubapi.example/crm/v3/objects/contacts/batch/upsert", {
      method: "POST",
      body: JSON.stringify({ inputs: contacts.slice(i, i + 100) }),
    });
  }
  return contacts.length;
}, { timeout: 900 });

export const main = workflow(async (since: string) => {
  const [stripe, intercom, webinar] = await Promise.all([
    fetchStripeCustomers(since),
    fetchIntercomUsers(since),
    fetchWebinarSignups(since),
  ]);
  const contacts = await mergeContacts(stripe, intercom, webinar);
  const count = await upsertHubspot(contacts);
  return { upserted: count };
});
