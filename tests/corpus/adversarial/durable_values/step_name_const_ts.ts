// SDK: windmill-client 1.818.0 client.mjs _allocKey: a module-level const name gives stable keys, but Windmill's WAC parser (oracle dag) labels the step "step": only a literal at the call is read.
import { step, workflow } from "windmill-client";

const QUOTA_STEP = "quota";

export const main = workflow(async (region: string) => {
  const quota = await step(QUOTA_STEP, () => region.length * 100); // expect: WAC103
  return quota;
});
