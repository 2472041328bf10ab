// SDK: windmill-client 1.818.0 client.mjs: a task call returns the step's promise; dropping it loses the result and the ordering
import { workflow } from "windmill-client";

export const main = workflow(async (queries: string[], bucket: string) => {
  const { exportCsv } = await import("/f/analytics/tasks.ts");
  const keys: string[] = [];
  for (const q of queries) {
    keys.push(await exportCsv(q, bucket));
  }
  exportCsv("select count(*) from exports_audit", bucket); // expect: WAC106
  return keys;
});
