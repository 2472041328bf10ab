// SDK: windmill-client 1.818.0 task(fn) at module top level, called in the body; static methods of a class are plain functions run inside the task
// Report exporter: the class keeps the HTTP logic, the tasks are top-level consts that call it.
import { task, workflow } from "windmill-client";

type ReportSpec = { reportId: string; format: "csv" | "xlsx"; recipients: string[] };

class ReportApi {
  static async render(baseUrl: string, reportId: string, format: string) {
    const r = await fetch(`${baseUrl}/reports/${reportId}/render?format=${format}`, { method: "POST" });
    return (await r.json()) as { fileUrl: string; rows: number };
  }

  static async deliver(baseUrl: string, fileUrl: string, recipients: string[]) {
    await fetch(`${baseUrl}/deliveries`, { method: "POST", body: JSON.stringify({ fileUrl, recipients }) });
    return recipients.length;
  }
}

const render = task(async (baseUrl: string, reportId: string, format: string) =>
  ReportApi.render(baseUrl, reportId, format),
);

const deliver = task(async (baseUrl: string, fileUrl: string, recipients: string[]) =>
  ReportApi.deliver(baseUrl, fileUrl, recipients),
);

export const main = workflow(async (spec: ReportSpec, baseUrl: string = "https://reports.example.com") => {
  const file = await render(baseUrl, spec.reportId, spec.format);
  const delivered = await deliver(baseUrl, file.fileUrl, spec.recipients);
  return { rows: file.rows, delivered };
});
