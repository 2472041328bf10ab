// SDK: windmill-client 1.818.0 client.mjs _waitForApproval: on replay it returns a bare `{ then }` object, so `.catch(...)` is a TypeError once the approval has been given (run against the SDK's WorkflowCtx).
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";

const publishPost = task(async (postId: string) => ({ postId, published: true }));

export const main = workflow(async (postId: string, editor: string) => {
  const urls = await step("resume_urls", () => getResumeUrls(editor));
  await step("notify_editor", () => fetch("https://hooks.example.com/editor", { method: "POST", body: urls.approvalPage }));
  const decision = await waitForApproval({ timeout: 7200 }).catch(() => ({ approved: false })); // expect: WAC202
  if (!decision.approved) return { postId, published: false };
  return await publishPost(postId);
});
