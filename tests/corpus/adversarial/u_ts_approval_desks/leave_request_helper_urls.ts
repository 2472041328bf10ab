// SDK: windmill-client 1.818.0 getApprovalUrls (client.mjs: JobService.getWacApprovalUrls, an HTTP request) reached from a helper the body awaits
import { task, waitForApproval, getApprovalUrls, workflow } from "windmill-client";

type Leave = { employee: string; manager: string; from: string; to: string; kind: "pto" | "sick" | "unpaid" };

async function notifyManager(leave: Leave) {
  const urls = await getApprovalUrls("manager");
  const res = await fetch("https://mail.internal/send", {
    method: "POST",
    body: JSON.stringify({
      to: leave.manager,
      template: "leave_request",
      vars: { ...leave, approve: urls.resume, deny: urls.cancel },
    }),
  });
  return res.ok;
}

const bookLeave = task(async function bookLeave(leave: Leave) {
  await fetch("https://hris.internal/leave", { method: "POST", body: JSON.stringify(leave) });
  return true;
});

export const main = workflow(async (leave: Leave) => {
  if (leave.kind === "sick") {
    return { booked: await bookLeave(leave), approval: "not required" };
  }
  await notifyManager(leave); // expect: WAC101
  const decision = await waitForApproval({ key: "manager", timeout: 3 * 86400 });
  if (!decision.approved) return { booked: false, by: decision.approver };
  return { booked: await bookLeave(leave), by: decision.approver };
});
