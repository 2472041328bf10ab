// SDK: windmill-client 1.818.0 client.mjs `waitForApproval` resolves to `{ value, approver, approved }`; destructuring with renames and defaults reads the checkpointed result.
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";

const notifyApprover = task(async (approver: string, page: string) => ({ sent: true }));
const publish = task(async (docId: string, by: string) => ({ published: docId, by }));

export const main = workflow(async (docId: string, approver: string) => {
  const { approvalPage: page } = await step("urls", () => getResumeUrls(approver));
  await notifyApprover(approver, page);
  const { approved, approver: who = "unknown", value: { comment = "" } = {} } = await waitForApproval({ timeout: 86_400 });
  if (!approved) return { docId, rejectedBy: who, comment };
  return await publish(docId, who);
});
