// SDK: windmill-client 1.818.0 client.mjs: the task thenable's then() runs at once (throws the suspension, returns the callback's value, or throws the TaskError), so an un-awaited .then on a task call behaves as awaited (run against the SDK's WorkflowCtx on three checkpoints).
import { task, workflow } from "windmill-client";

const exportCsv = task(async (report: string) => ({ url: `https://files.example.com/${report}.csv` }));
const emailLink = task(async (to: string, url: string) => ({ to, url }));

export const main = workflow(async (report: string, to: string) => {
  const file = await exportCsv(report);
  const sent = emailLink(to, file.url).then((r) => r.to);
  return { url: file.url };
});
