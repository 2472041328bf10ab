// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; a `switch (true)` whose case reads `Date.now()` can take another branch after the suspension.
import { task, workflow } from "windmill-client";

const loadCampaign = task(async (campaignId: string) => ({ startsAt: 1_767_225_600_000, endsAt: 1_769_904_000_000 }));
const activate = task(async (campaignId: string) => ({ active: true }));
const archive = task(async (campaignId: string) => ({ active: false }));

export const main = workflow(async (campaignId: string) => {
  const c = await loadCampaign(campaignId);
  switch (true) {
    case Date.now() > c.endsAt: // expect: WAC102
      return await archive(campaignId);
    default:
      return await activate(campaignId);
  }
});
