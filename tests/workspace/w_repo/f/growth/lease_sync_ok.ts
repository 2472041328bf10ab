// SDK: windmill-client 1.818.0 workflow(): LocalMark's [Symbol.dispose] (f/kit/lease.ts) only flips a field, so `using` it in the body does no I/O.
import { task, workflow } from "windmill-client";
import { LocalMark } from "/f/kit/lease.ts";

const syncAudience = task(async function syncAudience(campaignId: string, audience: string) {
  const r = await fetch(`https://ads.internal/campaigns/${campaignId}/audience`, {
    method: "PUT",
    body: JSON.stringify({ audience }),
  });
  return r.ok;
});

export const main = workflow(async (campaignIds: string[], audience: string) => {
  const synced: string[] = [];
  for (const id of campaignIds) {
    using mark = new LocalMark(id);
    if (await syncAudience(mark.campaignId, audience)) synced.push(id);
  }
  return { synced };
});
