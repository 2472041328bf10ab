// Report catalogue check (the fixed copy): the catalogue is fetched by a task.
import { task, workflow } from "windmill-client";
import type { Report } from "/f/shared/types.ts";
import { label } from "/f/shared/index.ts";

const catalogue = task(async (): Promise<string[]> => {
  const resp = await fetch("https://reports.internal/catalogue");
  return (await resp.json()) as string[];
});

const reportFor = task(async (kind: string, day: string): Promise<Report | null> => {
  const resp = await fetch(`https://reports.internal/api/reports/${kind}/${day}`);
  return resp.status === 404 ? null : ((await resp.json()) as Report);
});

export const main = workflow(async (day: string, channel = "slack") => {
  const kinds = await catalogue();
  const missing: string[] = [];
  const found: Report[] = [];
  for (const kind of kinds) {
    const report = await reportFor(kind, day);
    if (report) found.push(report);
    else missing.push(kind);
  }
  return { title: label(day), channel, missing, rows: found.reduce((n, r) => n + r.rows, 0) };
});
