// SDK: windmill-client 1.818.0 client.mjs getResumeUrls(): the guide's form, inside step(), checkpoints the URLs.
import * as wmill from "windmill-client";
import { step, waitForApproval, workflow } from "windmill-client";

export const main = workflow(async (amount: number) => {
  const urls = await step("get_urls", () => wmill.getResumeUrls("finance"));
  await step("notify", async () => ({ sent: urls.approvalPage, amount }));
  const decision = await waitForApproval({ timeout: 3600 });
  return decision.approved;
});
