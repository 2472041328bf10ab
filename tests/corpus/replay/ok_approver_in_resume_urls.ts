// Ask a named approver: the approver goes to getResumeUrls.
import { step, getResumeUrls, waitForApproval, workflow } from "windmill-client";

export const main = workflow(async (doc: string) => {
  const urls = await step("urls", () => getResumeUrls("alice"));
  const review = await waitForApproval({ timeout: 600, key: "review" });
  return { doc, urls, review };
});
