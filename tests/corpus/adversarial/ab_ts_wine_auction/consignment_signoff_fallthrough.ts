// SDK: windmill-client 1.818.0 client.mjs: _waitForApproval allocates the key with _allocKey and throws "WAC step key ... is already used" when an explicit key comes back suffixed
import { task, step, getApprovalUrls, waitForApproval, workflow } from "windmill-client";

type Consignment = { consignmentId: string; estimateCents: number; tier: "estate" | "major" | "standard" };

const notifySpecialists = task(async (consignmentId: string, resumeUrl: string, cancelUrl: string) => {
  const res = await fetch("https://mail.cellarhammer.example/specialists/sign-off", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ consignmentId, resumeUrl, cancelUrl }),
  });
  return { sent: res.ok };
});

const acceptConsignment = task(async (consignmentId: string, approvedBy: string[]) => {
  const res = await fetch(`https://api.cellarhammer.example/consignments/${consignmentId}/accept`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ approvedBy }),
  });
  return { accepted: res.ok };
});

export const main = workflow(async (c: Consignment) => {
  const approvedBy: string[] = [];

  switch (c.tier) {
    case "estate": {
      const urls = await step("estate_urls", () => getApprovalUrls("specialist_sign_off"));
      await notifySpecialists(c.consignmentId, urls.resume, urls.cancel);
      const head = await waitForApproval({ key: "specialist_sign_off", timeout: 86_400 });
      if (!head.approved) return { consignmentId: c.consignmentId, accepted: false };
      approvedBy.push(head.approver);
    }
    // estates also need the usual specialist sign-off below
    case "major": {
      const second = await waitForApproval({ key: "specialist_sign_off", timeout: 86_400 }); // expect: WAC303
      if (!second.approved) return { consignmentId: c.consignmentId, accepted: false };
      approvedBy.push(second.approver);
      break;
    }
    default:
      approvedBy.push("auto");
  }

  const { accepted } = await acceptConsignment(c.consignmentId, approvedBy);
  return { consignmentId: c.consignmentId, accepted, approvedBy };
});
