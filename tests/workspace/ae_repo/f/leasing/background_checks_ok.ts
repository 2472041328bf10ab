// Background checks (reviewed): reports created in a task, one approval for the batch.
import { step, task, waitForApproval, workflow } from "../platform/wac";
import CheckrClient from "../vendors/checkr";

const createReport = task(async (candidateId: string) => {
  const report = await new CheckrClient().createReport(candidateId);
  return report.id;
});

const reportStatus = task(async (reportId: string): Promise<string> => {
  const resp = await fetch(`https://api.checkr.com/v1/reports/${reportId}`);
  return ((await resp.json()) as { status: string }).status;
});

export const main = workflow(async (unitId: string, candidateIds: string[]) => {
  const reports: Record<string, string> = {};
  for (const id of candidateIds) {
    reports[id] = await createReport(id);
  }
  const flagged: string[] = [];
  for (const id of candidateIds) {
    if ((await reportStatus(reports[id])) !== "clear") flagged.push(id);
  }
  if (flagged.length === 0) return { unitId, approved: candidateIds };
  const label = new CheckrClient().describe(flagged[0]);
  await step("flagged", () => flagged.length);
  const answer = await waitForApproval({
    timeout: 86400,
    key: "manager_review",
    description: `${label} and ${flagged.length - 1} more need review`,
  });
  return { unitId, approved: answer.approved ? candidateIds : candidateIds.filter((c) => !flagged.includes(c)) };
});
