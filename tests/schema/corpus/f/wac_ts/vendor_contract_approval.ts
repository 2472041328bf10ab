// Vendor contract sign-off by legal and then finance, each with its own keyed
// approval step so the links in the notifications resume exactly that step.
import { task, workflow, step, waitForApproval, getApprovalUrls } from "windmill-client";

const postToChannel = task(async (channel: string, text: string) => {
  const res = await fetch(`https://hooks.slack.example/${channel}`, { method: "POST", body: JSON.stringify({ text }) });
  if (!res.ok) throw new Error(`slack: ${res.status}`);
});

const archiveContract = task(
  async (contractId: string, status: string) => {
    await fetch(`https://contracts.example/api/${contractId}`, { method: "PATCH", body: JSON.stringify({ status }) });
  },
  { timeout: 300 },
);

export const main = workflow(async (contractId: string, vendor: string, valueEur: number) => {
  const legalUrls = await step("legal_urls", () => getApprovalUrls("legal"));
  await postToChannel("legal", `Contract ${contractId} with ${vendor}: approve ${legalUrls.resume} or reject ${legalUrls.cancel}`);
  const legal = await waitForApproval({ key: "legal", timeout: 7 * 86400 });
  if (!legal.approved) {
    await archiveContract(contractId, "rejected_by_legal");
    return { status: "rejected", by: "legal" };
  }

  const financeUrls = await step("finance_urls", () => getApprovalUrls("finance"));
  await postToChannel("finance", `Contract ${contractId} (${valueEur} EUR): approve ${financeUrls.resume}`);
  const finance = await waitForApproval({ key: "finance", timeout: 7 * 86400 });
  const status = finance.approved ? "approved" : "rejected_by_finance";
  await archiveContract(contractId, status);
  return { status };
});
