// SDK: windmill-client 1.818.0 client.mjs task(): the key is fn.name, so `async function enrichLead` keys the step `enrichLead` on every replay.
import { task, workflow } from "windmill-client";

const enrich = task(async function enrichLead(email: string) {
  const r = await fetch(`https://enrich.example.com/?email=${encodeURIComponent(email)}`);
  return await r.json();
});

export const main = workflow(async (email: string) => {
  return await enrich(email);
});
