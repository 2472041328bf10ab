// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; `await` on an object whose class defines `then` calls that `then`, which requests the report again on each replay.
import { task, workflow } from "windmill-client";

class LazyReport {
  constructor(private readonly id: string) {}

  then<T>(resolve: (v: unknown) => T, reject: (e: unknown) => T) {
    return fetch(`https://reports.example.com/${this.id}`).then((r) => r.json()).then(resolve, reject);
  }
}

const email = task(async (reportId: string, rows: number) => ({ reportId, rows }));

export const main = workflow(async (reportId: string) => {
  const report: any = await new LazyReport(reportId); // expect: WAC101
  return await email(reportId, report.rows);
});
