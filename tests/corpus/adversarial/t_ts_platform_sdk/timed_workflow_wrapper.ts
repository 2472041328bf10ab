// SDK: client.mjs 1.818.0 workflow(fn) only sets fn._is_workflow; a wrapper around it exports another function without the flag, and windmill-oracle dag answers "No workflow() wrapped async function found." (sig: no args)
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

const pullContacts = task(async function pullContacts(source: string, since: string) {
  const res = await fetch(`https://etl.internal/${source}/contacts?updated_since=${encodeURIComponent(since)}`);
  return ((await res.json()) as { contacts: Array<{ id: string; email: string }> }).contacts;
});

const pushContacts = task(async function pushContacts(contacts: Array<{ id: string; email: string }>) {
  const res = await fetch("https://warehouse.internal/v1/contacts:merge", {
    method: "POST",
    body: JSON.stringify(contacts),
  });
  return { merged: contacts.length, ok: res.ok };
});

export const main = timed(
  "crm_sync",
  workflow(async (req: SyncRequest) => { // expect: WAC005
    const contacts = await pullContacts(req.source, req.since);
    return await pushContacts(contacts);
  }),
);
