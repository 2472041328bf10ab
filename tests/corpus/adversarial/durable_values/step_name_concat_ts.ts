// SDK: windmill-client 1.818.0 client.mjs _allocKey: the guide says not to generate step names; a name concatenated from the input is one.
import { step, workflow } from "windmill-client";

export const main = workflow(async (region: string) => {
  const quota = await step("quota_" + region, () => region.length * 100); // expect: WAC103
  return quota;
});
