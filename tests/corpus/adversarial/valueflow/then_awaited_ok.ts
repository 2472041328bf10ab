// SDK: windmill-client 1.818.0 client.mjs: awaiting `task(...).then(f)` resolves through the task thenable, so the step is dispatched and consumed.
import { task, workflow } from "windmill-client";

const exportCsv = task(async (report: string) => ({ url: `https://files.example.com/${report}.csv`, rows: 1200 }));
const emailLink = task(async (to: string, url: string) => ({ to, url, queued: true }));

export const main = workflow(async (report: string, to: string) => {
  const url = await exportCsv(report).then((f) => f.url);
  const queued = await emailLink(to, url).then((r) => r.queued);
  return { url, queued };
});
