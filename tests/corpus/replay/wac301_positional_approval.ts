// Wait an hour for a manager.
import { step, getResumeUrls, waitForApproval, workflow } from "windmill-client";

export const main = workflow(async () => {
  const urls = await step("urls", () => getResumeUrls());
  const approval = await waitForApproval(3600); // expect: WAC301
  return { urls, approval };
});
