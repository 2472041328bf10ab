// SDK: windmill-client 1.818.0 client.mjs workflow() (marks the entry point), task() dispatch inside the workflow ctx
import { task, workflow } from "windmill-client";

/**
 * A sales lead to enrich.
 */
type Lead = {
  email: string;
  company?: string;
};

/**
 * Looks up company data for a lead's email domain.
 */
const enrichLead = task(async (lead: Lead) => {
  const domain = lead.email.split("@")[1];
  const response = await fetch(`https://enrichment.internal/v2/companies?domain=${domain}`);
  const data = (await response.json()) as { name: string; size: number; industry: string };
  return { ...lead, company: data.name, size: data.size, industry: data.industry };
});

/**
 * Pushes an enriched lead to the CRM.
 */
const upsertCrmContact = task(async (lead: Lead & { size?: number; industry?: string }) => {
  const response = await fetch("https://crm.internal/api/contacts/upsert", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(lead),
  });
  return ((await response.json()) as { id: string }).id;
});

/**
 * Normalizes an email address (pure helper).
 */
function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Enriches each lead and upserts it into the CRM.
 * @param leads - The leads to process
 */
export const main = workflow(async (leads: Lead[]) => {
  const contactIds: string[] = [];
  for (const lead of leads) {
    const enriched = await enrichLead({ ...lead, email: normalizeEmail(lead.email) });
    contactIds.push(await upsertCrmContact(enriched));
  }
  return { processed: leads.length, contactIds };
});
