// SDK: windmill-client 1.818.0 workflow(): body values must be stable across replays; shortId (f/kit/hash.ts) fills its bytes with crypto.getRandomValues.
import { task, workflow } from "windmill-client";
import { fingerprint, shortId } from "/f/kit/index.ts";

const mergeLeads = task(async function mergeLeads(batchId: string, groups: Record<string, string[]>) {
  const r = await fetch("https://crm.internal/leads/merge", {
    method: "POST",
    body: JSON.stringify({ batchId, groups }),
  });
  return (await r.json()) as { merged: number };
});

export const main = workflow(async (leads: { id: string; email: string }[]) => {
  const groups: Record<string, string[]> = {};
  for (const lead of leads) {
    const key = await fingerprint(lead.email);
    (groups[key] ??= []).push(lead.id);
  }
  const batchId = shortId(); // expect: WAC102
  return await mergeLeads(batchId, groups);
});
