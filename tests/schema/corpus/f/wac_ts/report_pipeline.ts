// Monthly client report: collect the data with an existing flow, render the
// charts with a companion module, build the PDF and email it.
import { task, taskScript, taskFlow, workflow } from "windmill-client";

const collectMetrics = taskFlow("f/reporting/collect_client_metrics", { timeout: 1800 });
const renderCharts = taskScript("./render_charts.ts", { timeout: 600 });
const buildPdf = taskScript("./build_pdf.ts", { timeout: 600, tag: "chromium" });

const emailReport = task(async (recipients: string[], pdfUrl: string, month: string) => {
  const res = await fetch("https://mail.example/send", {
    method: "POST",
    body: JSON.stringify({ to: recipients, subject: `Your report for ${month}`, attachments: [pdfUrl] }),
  });
  if (!res.ok) throw new Error(`mail: ${res.status}`);
});

export const main = workflow(async (clientId: string, month: string, recipients: string[]) => {
  const metrics = await collectMetrics({ client_id: clientId, month });
  const charts = await renderCharts({ metrics });
  const pdf = await buildPdf({ client_id: clientId, month, metrics, charts });
  await emailReport(recipients, pdf.url, month);
  return { pdf: pdf.url };
});
