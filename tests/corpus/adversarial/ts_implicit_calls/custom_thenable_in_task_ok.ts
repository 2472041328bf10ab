// SDK: windmill-client 1.818.0 client.mjs: the thenable is awaited inside the task, in the task's own job; the body only awaits the task.
import { task, workflow } from "windmill-client";

class LazyReport {
  constructor(private readonly id: string) {}

  then<T>(resolve: (v: unknown) => T, reject: (e: unknown) => T) {
    return fetch(`https://reports.example.com/${this.id}`).then((r) => r.json()).then(resolve, reject);
  }
}

const email = task(async (reportId: string) => {
  const report: any = await new LazyReport(reportId);
  return { reportId, rows: report.rows };
});

export const main = workflow(async (reportId: string) => {
  return await email(reportId);
});
