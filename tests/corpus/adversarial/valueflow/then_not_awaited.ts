// SDK: windmill-client 1.818.0 client.mjs: the task thenable only dispatches/resolves through then(); a .then chain nobody awaits is dropped.
import { task, workflow } from "windmill-client";

const exportCsv = task(async (report: string) => ({ url: `https://files.example.com/${report}.csv` }));
const emailLink = task(async (to: string, url: string) => ({ to, url }));

export const main = workflow(async (report: string, to: string) => {
  const file = await exportCsv(report);
  const sent = emailLink(to, file.url).then((r) => r.to); // expect: WAC106
  return { url: file.url };
});
