// SDK: windmill-client 1.818.0 client.mjs assertUsableStepKey: the key ".." is a dot segment and throws before the approval is requested.
import { task, waitForApproval, workflow } from "windmill-client";

const release = task(async (tag: string) => ({ tag }));

export const main = workflow(async (tag: string) => {
  await waitForApproval({ key: "..", timeout: 3600 }); // expect: WAC301
  return await release(tag);
});
