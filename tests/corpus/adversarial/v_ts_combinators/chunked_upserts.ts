// SDK: windmill-client 1.818.0 an un-awaited task is still queued (pending) but its result and failure are lost ("failed but was never awaited" is only logged)
// CRM contact sync in chunks of 50, fanned out per chunk.
import { task, workflow } from "windmill-client";

type Contact = { email: string; name: string; company?: string };

const upsertChunk = task(async (chunk: Contact[], listId: string) => {
  const r = await fetch(`https://crm.example.com/lists/${listId}/contacts:batchUpsert`, {
    method: "POST",
    body: JSON.stringify({ contacts: chunk }),
  });
  if (!r.ok) throw new Error(`upsert failed: ${r.status}`);
  return chunk.length;
});

const reportSync = task(async (listId: string, total: number) => {
  await fetch("https://hooks.example.com/crm-sync", { method: "POST", body: JSON.stringify({ listId, total }) });
  return total;
});

function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

export const main = workflow(async (contacts: Contact[], listId: string) => {
  const batches = chunk(contacts, 50);
  const waves = chunk(batches, 4);
  for (const wave of waves) {
    Promise.all(wave.map((b) => upsertChunk(b, listId))); // expect: WAC106
  }
  await reportSync(listId, contacts.length);
  return { batches: batches.length };
});
