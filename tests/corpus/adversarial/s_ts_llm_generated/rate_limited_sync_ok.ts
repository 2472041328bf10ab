// SDK: windmill-client 1.818.0 client.mjs sleep(seconds) (a durable sleep step), _runInlineStep (the id is drawn once)
import { sleep, step, task, workflow } from "windmill-client";

/**
 * Configuration for the sync.
 */
const CONFIG = {
  batchSize: 50,
  delayBetweenBatchesSeconds: 1,
} as const;

interface Contact {
  id: string;
  email: string;
}

const fetchContacts = task(async (cursor: string | null) => {
  const url = new URL("https://source-crm.internal/api/contacts");
  if (cursor) url.searchParams.set("cursor", cursor);
  url.searchParams.set("limit", String(CONFIG.batchSize));
  const res = await fetch(url);
  return (await res.json()) as { contacts: Contact[]; next: string | null };
});

const writeBatch = task(async (syncId: string, contacts: Contact[]) => {
  const res = await fetch("https://dest-crm.internal/api/bulk", {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Sync-Id": syncId },
    body: JSON.stringify({ contacts }),
  });
  return res.ok ? contacts.length : 0;
});

/**
 * Helper used only by the unit tests, outside Windmill.
 */
export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const main = workflow(async (max_pages = 20) => {
  const syncId = await step("sync_id", () => crypto.randomUUID());
  let cursor: string | null = null;
  let written = 0;

  for (let page = 0; page < max_pages; page++) {
    const { contacts, next } = await fetchContacts(cursor);
    written += await writeBatch(syncId, contacts);
    if (!next) break;
    cursor = next;
    await sleep(CONFIG.delayBetweenBatchesSeconds);
  }

  return { syncId, written };
});
