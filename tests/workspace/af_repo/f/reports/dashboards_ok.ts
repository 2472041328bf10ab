// Publish the weekly reports and refresh their dashboards (the fixed copy).
import { getResumeUrls, step, taskFlow, taskScript, waitForApproval, workflow } from "windmill-client";
import { FLOWS, SCRIPTS } from "/f/shared/paths.ts";

const refresh = taskScript(SCRIPTS.refreshDashboard, { timeout: 600 });
const publish = taskFlow(FLOWS.publish);
const digest = taskScript("f/reports/send_digest");

type Target = { reportId: string; dashboardId: string };

export const main = workflow(async (targets: Target[], editor: string) => {
  const urls = await step("resume_urls", () => getResumeUrls(editor));
  await digest({ kpis: { reports: targets.length, approve: urls.approvalPage }, title: "Weekly reports ready" });
  const ok = await waitForApproval({ timeout: 2 * 86400, key: "weekly_publish", description: "Publish the weekly reports?" });
  if (!ok.approved) return { published: 0 };
  for (const t of targets) {
    await publish({ report_id: t.reportId, dashboard_id: t.dashboardId });
  }
  for (const t of targets) {
    await refresh({ dashboard_id: t.dashboardId, force: true });
  }
  return { published: targets.length, approver: ok.approver };
});
