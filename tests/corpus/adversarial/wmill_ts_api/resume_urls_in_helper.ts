// SDK: windmill-client 1.818.0 client.mjs getResumeUrls(): its nonce is Math.random(); a helper the body calls draws a new one on every replay.
import { getResumeUrls, step, waitForApproval, workflow } from "windmill-client";

async function approvalLinks() {
  const urls = await getResumeUrls("ops");
  return { approve: urls.resume, reject: urls.cancel };
}

export const main = workflow(async (change: string) => {
  const links = await approvalLinks(); // expect: WAC102
  await step("notify", async () => ({ change, ...links }));
  return (await waitForApproval({ timeout: 3600 })).approved;
});
