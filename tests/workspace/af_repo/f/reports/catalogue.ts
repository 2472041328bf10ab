// Report catalogue check: every report kind the catalogue lists has a report for the day.
import { task, workflow } from "windmill-client";
import { REPORT_CATALOGUE, type Report } from "/f/shared/types.ts"; // expect: WAC101

const reportFor = task(async (kind: string, day: string): Promise<Report | null> => {
  const resp = await fetch(`https://reports.internal/api/reports/${kind}/${day}`);
  return resp.status === 404 ? null : ((await resp.json()) as Report);
});

export const main = workflow(async (day: string) => {
  const missing: string[] = [];
  const found: Report[] = [];
  for (const kind of REPORT_CATALOGUE) {
    const report = await reportFor(kind, day);
    if (report) found.push(report);
    else missing.push(kind);
  }
  return { day, missing, rows: found.reduce((n, r) => n + r.rows, 0) };
});
