// SDK: client.mjs 1.818.0 workflow(fn) marks fn itself; the timing wrapper runs inside a task (its own job), and main is the workflow() call Windmill's parser reads (windmill-oracle dag draws both tasks)
import { task, workflow } from "windmill-client";

type SyncRequest = { source: "salesforce" | "hubspot"; since: string };

function timed<A extends unknown[], R>(label: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const started = performance.now();
    try {
      return await fn(...args);
    } finally {
      console.log(`${label} took ${Math.round(performance.now() - started)} ms`);
    }
  };
}

async function fetchContacts(source: string, since: string) {
  const res = await fetch(`https://etl.internal/${source}/contacts?updated_since=${encodeURIComponent(since)}`);
  return ((await res.json()) as { contacts: Array<{ id: string; email: string }> }).contacts;
}

const pullContacts = task(async function pullContacts(source: string, since: string) {
  return await timed("pull_contacts", fetchContacts)(source, since);
});

const pushContacts = task(async function pushContacts(contacts: Array<{ id: string; email: string }>) {
  const res = await fetch("https://warehouse.internal/v1/contacts:merge", {
    method: "POST",
    body: JSON.stringify(contacts),
  });
  return { merged: contacts.length, ok: res.ok };
});

export const main = workflow(async (req: SyncRequest) => {
  const contacts = await pullContacts(req.source, req.since);
  return await pushContacts(contacts);
});
