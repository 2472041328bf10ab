// SDK: windmill-client 1.818.0 task() wraps a function at the call; guide: define tasks at module top level with stable names (Windmill's parser reads top-level task assignments)
// Report exporter written as a class whose fields are tasks; the class is built inside the workflow.
import { task, workflow } from "windmill-client";

type ReportSpec = { reportId: string; format: "csv" | "xlsx"; recipients: string[] };

class ReportExporter {
  constructor(private readonly baseUrl: string) {}

  render = task(async (reportId: string, format: string) => { // expect: WAC003
    const r = await fetch(`${this.baseUrl}/reports/${reportId}/render?format=${format}`, { method: "POST" });
    return (await r.json()) as { fileUrl: string; rows: number };
  });

  deliver = task(async (fileUrl: string, recipients: string[]) => { // expect: WAC003
    await fetch(`${this.baseUrl}/deliveries`, { method: "POST", body: JSON.stringify({ fileUrl, recipients }) });
    return recipients.length;
  });
}

export const main = workflow(async (spec: ReportSpec, baseUrl: string = "https://reports.example.com") => {
  const exporter = new ReportExporter(baseUrl);
  const file = await exporter.render(spec.reportId, spec.format);
  const delivered = await exporter.deliver(file.fileUrl, spec.recipients);
  return { rows: file.rows, delivered };
});
