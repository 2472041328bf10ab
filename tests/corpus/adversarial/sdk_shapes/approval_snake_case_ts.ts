// SDK: windmill-client 1.818.0 client.mjs waitForApproval(options) reads options.selfApproval; `self_approval` (the Python spelling) is ignored, so self-approval stays allowed.
import { waitForApproval, workflow } from "windmill-client";

export const main = workflow(async (doc: string) => {
  const decision = await waitForApproval({ timeout: 3600, self_approval: false }); // expect: WAC302
  return { doc, approved: decision.approved };
});
