// SDK: windmill-client 1.818.0 client.mjs assertUsableStepKey: a key without `/` or dot segments is accepted and addressed by getApprovalUrls with the same key.
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

const pay = task(async (invoiceId: string) => ({ invoiceId, paid: true }));
const notify = task(async (url: string) => ({ url }));

export const main = workflow(async (invoiceId: string) => {
  const urls = await step("cfo_urls", () => getApprovalUrls("finance-cfo"));
  await notify(urls.approvalPage);
  const decision = await waitForApproval({ key: "finance-cfo", timeout: 86400 });
  if (!decision.approved) return { invoiceId, paid: false };
  return await pay(invoiceId);
});
