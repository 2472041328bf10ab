// SDK: windmill-client 1.818.0 client.mjs: taskScript(path) dispatches the script as a step of the workflow (dispatch_type "script"); replays read its result from the checkpoint
import { task, taskScript, workflow, sleep } from "windmill-client";

type PrintJob = { id: string; pdfUrl: string; stock: "coated-170" | "uncoated-120"; copies: number };

const ripPlates = taskScript("f/prepress/rip_plates", { timeout: 1800 });

const preflight = task(async (job: PrintJob) => {
  const r = await fetch("https://prepress.inkwell-print.example/preflight", {
    method: "POST",
    body: JSON.stringify({ url: job.pdfUrl }),
  });
  return (await r.json()) as { ok: boolean; issues: string[] };
});

const scheduleOnPress = task(async (jobId: string, plates: string[], copies: number) => {
  const r = await fetch("https://mis.inkwell-print.example/press-schedule", {
    method: "POST",
    body: JSON.stringify({ jobId, plates, copies }),
  });
  return (await r.json()).slot as string;
});

export const main = workflow(async (job: PrintJob, press = "heidelberg-xl106") => {
  const report = await preflight(job);
  if (!report.ok) return { id: job.id, status: "rejected", issues: report.issues };
  const plates = (await ripPlates({ url: job.pdfUrl, press })) as string[];
  await sleep(30);
  const slot = await scheduleOnPress(job.id, plates, job.copies);
  return { id: job.id, status: "scheduled", slot };
});
