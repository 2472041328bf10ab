// SDK: windmill-client 1.818.0 workflow(): the body re-runs per replay; `await using` calls CampaignLease's [Symbol.asyncDispose] (f/kit/lease.ts), a fetch, when the block ends.
import { task, workflow } from "windmill-client";
import { CampaignLease } from "/f/kit/lease.ts";

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
    await using lease = new CampaignLease(id); // expect: WAC101
    if (await syncAudience(lease.campaignId, audience)) synced.push(id);
  }
  return { synced };
});
