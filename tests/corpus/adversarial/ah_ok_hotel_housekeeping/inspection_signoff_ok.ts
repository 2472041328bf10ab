// SDK: windmill-client 1.818.0 getApprovalUrls(key) inside step() and waitForApproval({ key }) (client.d.ts 700-760); keyless approvals in a retry loop that leaves after an approval (keys approval, approval_2 ...); a catch around a task that rethrows StepSuspend first
import { getApprovalUrls, step, StepSuspend, task, waitForApproval, workflow } from "windmill-client";

const QA = "https://qa.hotel.example";

const loadChecklist = task(async (room: string) => {
  const res = await fetch(`${QA}/rooms/${room}/checklist`);
  return (await res.json()) as { item: string; passed: boolean }[];
});

const pageInspector = task(async (inspector: string, room: string, link: string) => {
  await fetch(`${QA}/page`, { method: "POST", body: JSON.stringify({ to: inspector, room, link }) });
});

const releaseRoom = task(async (room: string) => {
  const res = await fetch(`${QA}/rooms/${room}/release`, { method: "POST" });
  if (!res.ok) throw new Error(`release failed: ${res.status}`);
  return { room, released: true };
});

function failures(list: { item: string; passed: boolean }[]): string[] {
  return list.filter((c) => !c.passed).map((c) => c.item);
}

export const main = workflow(async (room: string, inspector: string, manager: string) => {
  const checklist = await loadChecklist(room);
  const failed = failures(checklist);
  if (failed.length > 0) {
    const urls = await step("manager_urls", () => getApprovalUrls("manager_override"));
    await pageInspector(manager, room, urls.approvalPage);
    const override = await waitForApproval({ key: "manager_override", timeout: 2 * 3600 });
    if (!override.approved) return { room, released: false, failed };
  }
  let signedBy: string | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const { approvalPage } = await step("inspector_urls", () => getApprovalUrls(attempt === 0 ? "approval" : `approval_${attempt + 1}`));
    await pageInspector(inspector, room, approvalPage);
    const signoff = await waitForApproval({ timeout: 3600 });
    if (signoff.approved) {
      signedBy = signoff.approver;
      break;
    }
  }
  if (!signedBy) return { room, released: false, reason: "no sign-off" };
  try {
    return { ...(await releaseRoom(room)), signedBy };
  } catch (err) {
    if (err instanceof StepSuspend) throw err;
    return { room, released: false, signedBy, error: String(err) };
  }
});
