// SDK: windmill-client 1.818.0 _waitForApproval (client.mjs: a pending approval throws its suspension synchronously; on replay a granted one returns `{ then }` with its value), keys `security_signoff` / `finance_signoff` distinct
import { task, step, waitForApproval, getApprovalUrls, workflow } from "windmill-client";

type Vendor = { id: string; name: string; annualSpendEur: number; dataAccess: boolean };

const registerVendor = task(async function registerVendor(v: Vendor) {
  const res = await fetch("https://procurement.internal/vendors", { method: "POST", body: JSON.stringify(v) });
  return ((await res.json()) as { vendorNo: string }).vendorNo;
});

const announce = task(async function announce(channel: string, text: string, link: string) {
  await fetch(`https://chat.internal/channels/${channel}`, { method: "POST", body: JSON.stringify({ text, link }) });
});

export const main = workflow(async (vendor: Vendor) => {
  const sec = await step("security_urls", () => getApprovalUrls("security_signoff"));
  const fin = await step("finance_urls", () => getApprovalUrls("finance_signoff"));
  await announce("security", `Vendor ${vendor.name} (data access: ${vendor.dataAccess})`, sec.resume);
  await announce("finance", `Vendor ${vendor.name}: ${vendor.annualSpendEur} EUR/yr`, fin.resume);

  const security = await waitForApproval({ key: "security_signoff", timeout: 5 * 86400 });
  const finance = await waitForApproval({ key: "finance_signoff", timeout: 5 * 86400 });
  if (!security.approved || !finance.approved) {
    return { vendor: vendor.name, registered: false, security: security.approved, finance: finance.approved };
  }
  const vendorNo = await registerVendor(vendor);
  return { vendor: vendor.name, registered: true, vendorNo, approvers: [security.approver, finance.approver] };
});
