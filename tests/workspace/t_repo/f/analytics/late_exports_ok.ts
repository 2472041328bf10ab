// SDK: windmill-client 1.818.0 client.mjs: awaited task calls are dispatched and checkpointed in order
import { workflow } from "windmill-client";

export const main = workflow(async (queries: string[], bucket: string) => {
  const tasks = await import("/f/analytics/tasks.ts");
  const keys = await Promise.all(queries.map((q) => tasks.exportCsv(q, bucket)));
  const audit = await tasks.exportCsv("select count(*) from exports_audit", bucket);
  return { keys, audit };
});
