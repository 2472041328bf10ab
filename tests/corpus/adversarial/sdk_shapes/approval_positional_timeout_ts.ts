// SDK: windmill-client 1.818.0 client.mjs waitForApproval(options) reads options?.timeout; a bare number is ignored and the default 1800 s applies.
import { step, getResumeUrls, waitForApproval, workflow } from "windmill-client";

export const main = workflow(async (doc: string) => {
  const urls = await step("urls", () => getResumeUrls());
  const decision = await waitForApproval(86400); // expect: WAC301
  return { doc, page: urls.approvalPage, approved: decision.approved };
});
