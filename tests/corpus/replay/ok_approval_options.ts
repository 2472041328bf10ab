// Wait an hour for a manager.
import { step, getResumeUrls, waitForApproval, workflow } from "windmill-client";

export const main = workflow(async () => {
  const urls = await step("urls", () => getResumeUrls("manager"));
  const approval = await waitForApproval({ timeout: 3600 });
  return { urls, approval };
});
