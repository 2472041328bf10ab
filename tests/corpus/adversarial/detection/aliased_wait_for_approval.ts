// SDK: windmill-client 1.818.0 client.mjs waitForApproval; under another name it still suspends, but Windmill's parser recognises only `waitForApproval`.
import { step, task, getResumeUrls, waitForApproval as awaitSignoff, workflow } from "windmill-client"; // expect: WAC001

const publish = task(async (docId: string) => ({ docId, published: true }));

export const main = workflow(async (docId: string, reviewer: string) => {
  const urls = await step("resume_urls", () => getResumeUrls(reviewer));
  await step("notify_reviewer", async () => {
    await fetch("https://hooks.example.com/review", { method: "POST", body: JSON.stringify({ docId, url: urls.approvalPage }) });
  });
  const decision = await awaitSignoff({ timeout: 86400 });
  if (!decision.approved) return { docId, published: false };
  return await publish(docId);
});
