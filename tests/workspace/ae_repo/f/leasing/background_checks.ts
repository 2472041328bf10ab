// Background checks for the applicants of a unit, then one manager sign-off per applicant.
import { getResumeUrls, step, task, waitForApproval, workflow } from "../platform/wac";
import CheckrClient from "../vendors/checkr";
import { alert } from "../platform/log";

const checkr = new CheckrClient();

const reportStatus = task(async (reportId: string): Promise<string> => {
  const resp = await fetch(`https://api.checkr.com/v1/reports/${reportId}`);
  return ((await resp.json()) as { status: string }).status;
});

export const main = workflow(async (unitId: string, candidateIds: string[]) => {
  const reports: Record<string, string> = {};
  for (const id of candidateIds) {
    const report = await checkr.createReport(id); // expect: WAC101
    reports[id] = report.id;
  }
  const decisions: Record<string, boolean> = {};
  for (const id of candidateIds) {
    const status = await reportStatus(reports[id]);
    if (status !== "clear") {
      const urls = await step("urls", () => getResumeUrls());
      await step("page_manager", () => alert(`Unit ${unitId}: ${id} needs review ${urls.approvalPage}`));
      const answer = await waitForApproval({ timeout: 86400, key: "manager_review" }); // expect: WAC303
      decisions[id] = answer.approved;
    } else {
      decisions[id] = true;
    }
  }
  return { unitId, decisions };
});
