// SDK: windmill-client 1.818.0 client.mjs sleep() (durable; setTimeout in the body waits again every round), workflow() replays the body
import { task, workflow } from "windmill-client";

/**
 * Configuration for the sync.
 */
const CONFIG = {
  batchSize: 50,
  delayBetweenBatchesMs: 1000,
} as const;

interface Contact {
  id: string;
  email: string;
}

/**
 * Fetches a page of contacts from the source CRM.
 */
const fetchContacts = task(async (cursor: string | null) => {
  const url = new URL("https://source-crm.internal/api/contacts");
  if (cursor) url.searchParams.set("cursor", cursor);
  url.searchParams.set("limit", String(CONFIG.batchSize));
  const res = await fetch(url);
  return (await res.json()) as { contacts: Contact[]; next: string | null };
});

/**
 * Writes a batch of contacts to the destination.
 */
const writeBatch = task(async (syncId: string, contacts: Contact[]) => {
  const res = await fetch("https://dest-crm.internal/api/bulk", {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Sync-Id": syncId },
    body: JSON.stringify({ contacts }),
  });
  return res.ok ? contacts.length : 0;
});

/**
 * Helper to pause between batches to respect API rate limits.
 */
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const main = workflow(async (max_pages = 20) => {
  const syncId = crypto.randomUUID(); // expect: WAC102
  let cursor: string | null = null;
  let written = 0;

  for (let page = 0; page < max_pages; page++) {
    const { contacts, next } = await fetchContacts(cursor);
    written += await writeBatch(syncId, contacts);
    if (!next) break;
    cursor = next;
    await delay(CONFIG.delayBetweenBatchesMs); // expect: WAC101
  }

  return { syncId, written };
});
