// SDK: windmill-client 1.818.0 client.mjs getResumeUrls(): the helper runs inside step(), so the URLs are checkpointed.
import { getResumeUrls, step, waitForApproval, workflow } from "windmill-client";

async function approvalLinks() {
  const urls = await getResumeUrls("ops");
  return { approve: urls.resume, reject: urls.cancel };
}

export const main = workflow(async (change: string) => {
  const links = await step("links", approvalLinks);
  await step("notify", async () => ({ change, ...links }));
  return (await waitForApproval({ timeout: 3600 })).approved;
});
