// SDK: windmill-client 1.818.0 client.mjs getResumeUrls(): destructured from a dynamic import, it still draws a Math.random() nonce in the body.
import { step, waitForApproval, workflow } from "windmill-client";

export const main = workflow(async (doc: string) => {
  const { getResumeUrls } = await import("windmill-client");
  const urls = await getResumeUrls(); // expect: WAC102
  await step("send", async () => ({ doc, link: urls.approvalPage }));
  return (await waitForApproval({ timeout: 7200 })).approved;
});
