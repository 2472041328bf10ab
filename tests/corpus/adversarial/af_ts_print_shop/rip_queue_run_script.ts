// SDK: windmill-client 1.818.0 client.mjs: runScriptByPathAsync POSTs a new job (JobService.runScriptByPath) and waitJob polls it; in the body both run again on every replay, so each round queues another RIP job
import { task, workflow, sleep, runScriptByPathAsync, waitJob } from "windmill-client";

// Ported from a BullMQ producer: `queue.add("rip", data)` then `job.waitUntilFinished()`.
type PrintJob = { id: string; pdfUrl: string; stock: "coated-170" | "uncoated-120"; copies: number };

const preflight = task(async (job: PrintJob) => {
  const r = await fetch("https://prepress.inkwell-print.example/preflight", {
    method: "POST",
    body: JSON.stringify({ url: job.pdfUrl }),
  });
  const report = (await r.json()) as { ok: boolean; issues: string[] };
  return report;
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

  const ripJobId = await runScriptByPathAsync("f/prepress/rip_plates", { url: job.pdfUrl, press }); // expect: WAC101
  const plates = (await waitJob(ripJobId)) as string[]; // expect: WAC101
  await sleep(30);
  const slot = await scheduleOnPress(job.id, plates, job.copies);
  return { id: job.id, status: "scheduled", slot };
});
