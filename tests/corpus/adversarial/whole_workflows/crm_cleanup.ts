// SDK: windmill-client 1.818.0 client.mjs: the workflow body is re-run on each replay; a method of a module-level object that calls fetch runs again each time (only task/step are checkpointed).
import { parallel, step, task, workflow } from "windmill-client";

const HUBSPOT = "https://api.hubapi.com";

type Contact = { id: string; email: string; lastActivity?: string; owner?: string };

class HubspotApi {
  constructor(private readonly token: string) {}

  async listStale(beforeIso: string): Promise<Contact[]> {
    const res = await fetch(`${HUBSPOT}/crm/v3/objects/contacts/search`, {
      method: "POST",
      headers: { Authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ filterGroups: [{ filters: [{ propertyName: "lastactivitydate", operator: "LT", value: beforeIso }] }] }),
    });
    return ((await res.json()) as { results: Contact[] }).results;
  }

  async archive(id: string): Promise<boolean> {
    const res = await fetch(`${HUBSPOT}/crm/v3/objects/contacts/${id}`, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${this.token}` },
    });
    return res.ok;
  }
}

const api = new HubspotApi(process.env.HUBSPOT_TOKEN ?? "");

const archiveContact = task(async (id: string) => api.archive(id));

const exportBackup = task(async (contacts: Contact[]) => {
  const res = await fetch("https://backup.internal/api/crm", { method: "PUT", body: JSON.stringify(contacts) });
  return res.ok;
});

export const main = workflow(async (staleBefore: string, limit: number = 500) => {
  const stale = await api.listStale(staleBefore); // expect: WAC101
  const batch = stale.slice(0, limit).filter((c) => !c.owner);
  if (batch.length === 0) return { archived: 0 };

  const backedUp = await exportBackup(batch);
  if (!backedUp) throw new Error("backup failed, nothing archived");

  const results = await parallel(batch, (c) => archiveContact(c.id), { concurrency: 10 });
  const archived = await step("archived_count", () => results.filter(Boolean).length);
  return { archived, skipped: stale.length - batch.length };
});
