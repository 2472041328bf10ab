// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; PostHog's capture queues an analytics event that is sent again for every replay.
import { PostHog } from "posthog-node";
import { task, workflow } from "windmill-client";

const posthog = new PostHog("phc_key", { host: "https://eu.posthog.com" });

const upgrade = task(async (account: string, plan: string) => ({ account, plan }));

export const main = workflow(async (account: string, plan: string) => {
  const r = await upgrade(account, plan);
  posthog.capture({ distinctId: account, event: "plan_upgraded", properties: { plan } }); // expect: WAC101
  return r;
});
