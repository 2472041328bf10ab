// SDK: windmill-client 1.818.0 client.mjs: a workflow body re-runs from the top after each suspension; Date.now() there returns a new value each round (only step() checkpoints it).
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { sleep, step, task, workflow } from "windmill-client";

const BUCKET = "acme-reports";
const REGION = "eu-west-1";
const s3 = new S3Client({ region: REGION });

interface ReportSpec {
  name: string;
  query: string;
  format: "csv" | "json";
}

const runQuery = task(async (spec: ReportSpec) => {
  const res = await fetch("https://metabase.internal/api/dataset", {
    method: "POST",
    body: JSON.stringify({ native: { query: spec.query } }),
  });
  const data = (await res.json()) as { rows: unknown[][]; cols: string[] };
  return { name: spec.name, cols: data.cols, rows: data.rows };
});

const upload = task(async (name: string, body: string, contentType: string) => {
  const key = `exports/${name}`;
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, ContentType: contentType }));
  return { key };
});

function toCsv(cols: string[], rows: unknown[][]): string {
  const esc = (v: unknown) => `"${String(v ?? "").replace(/"/g, '""')}"`;
  return [cols.map(esc).join(","), ...rows.map((r) => r.map(esc).join(","))].join("\n");
}

export const main = workflow(async (specs: ReportSpec[], waitForWarehouseS: number = 0) => {
  const deadline = Date.now() + 2 * 3600 * 1000; // expect: WAC102
  if (waitForWarehouseS > 0) {
    await sleep(waitForWarehouseS);
  }
  const exported: string[] = [];
  for (const spec of specs) {
    const table = await runQuery(spec);
    const body = spec.format === "csv" ? toCsv(table.cols, table.rows) : JSON.stringify(table.rows);
    const ct = spec.format === "csv" ? "text/csv" : "application/json";
    const { key } = await upload(`${spec.name}.${spec.format}`, body, ct);
    exported.push(key);
  }
  const finishedAt = await step("finished_at", () => new Date().toISOString());
  return { exported, finishedAt, deadline };
});
