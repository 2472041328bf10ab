// SDK: windmill-client 1.818.0 client.mjs getResumeUrls(): draws a Math.random() nonce, so each replay gets different URLs.
import * as wmill from "windmill-client";
import { step, waitForApproval, workflow } from "windmill-client";

export const main = workflow(async (amount: number) => {
  const urls = await wmill.getResumeUrls("finance"); // expect: WAC102
  await step("notify", async () => ({ sent: urls.approvalPage, amount }));
  const decision = await waitForApproval({ timeout: 3600 });
  return decision.approved;
});
