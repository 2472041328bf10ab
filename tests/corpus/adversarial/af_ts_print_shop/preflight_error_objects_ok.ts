// SDK: windmill-client 1.818.0 client.mjs: task results are JSON; problems travel as plain strings
import { task, workflow, waitForApproval, step, getResumeUrls } from "windmill-client";

type Artwork = { file: string; widthMm: number; heightMm: number; dpi: number; spotColours: string[] };

const checkArtwork = task(async (art: Artwork[]) => {
  const problems: Error[] = [];
  for (const a of art) {
    if (a.dpi < 300) problems.push(new Error(`${a.file}: ${a.dpi} dpi`));
    if (a.spotColours.length > 2) problems.push(new RangeError(`${a.file}: ${a.spotColours.length} spot colours`));
  }
  const r = await fetch("https://prepress.inkwell-print.example/fonts/check", {
    method: "POST",
    body: JSON.stringify(art.map((a) => a.file)),
  });
  for (const missing of (await r.json()).missing as string[]) problems.push(new Error(`font missing: ${missing}`));
  return { checked: art.length, problems: problems.map((p) => `${p.name}: ${p.message}`) };
});

const emailCustomer = task(async (to: string, lines: string[], approvalPage: string) => {
  await fetch("https://mail.inkwell-print.example/send", {
    method: "POST",
    body: JSON.stringify({ to, subject: "Artwork needs attention", lines, approvalPage }),
  });
});

export const main = workflow(async (orderId: string, customerEmail: string, art: Artwork[]) => {
  const report = await checkArtwork(art);
  if (report.problems.length === 0) return { orderId, status: "clean" };
  const urls = await step("customer_urls", () => getResumeUrls(customerEmail));
  await emailCustomer(customerEmail, report.problems, urls.approvalPage);
  const answer = await waitForApproval({ timeout: 5 * 24 * 3600 });
  return { orderId, status: answer.approved ? "accepted-as-is" : "awaiting-new-files" };
});
