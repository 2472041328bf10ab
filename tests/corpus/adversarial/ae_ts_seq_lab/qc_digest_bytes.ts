// SDK: windmill-client 1.818.0 client.mjs: `_runInlineStep` returns `JSON.parse(encodeCheckpointPayload(...)).result`; a Uint8Array comes back as an object of index keys, so `.byteLength` is undefined and `Buffer.from(obj)` gives an empty buffer
import { task, step, workflow } from "windmill-client";

type QcMetrics = { sample: string; q30: number; dupRate: number; meanCoverage: number };

const fetchQc = task(async (runId: string): Promise<QcMetrics[]> => {
  const r = await fetch(`https://compute.helixlab.example/runs/${runId}/qc`);
  return await r.json();
});

const uploadReport = task(async (runId: string, b64: string, bytes: number) => {
  await fetch(`https://reports.helixlab.example/runs/${runId}/qc.csv`, {
    method: "PUT",
    headers: { "x-content-length": String(bytes) },
    body: Buffer.from(b64, "base64"),
  });
});

const THRESHOLDS = { q30: 0.85, dupRate: 0.2, meanCoverage: 30 } as const;

function toCsv(rows: QcMetrics[]): string {
  const head = "sample,q30,dup_rate,mean_coverage,pass";
  const lines = rows.map((m) => {
    const pass = m.q30 >= THRESHOLDS.q30 && m.dupRate <= THRESHOLDS.dupRate && m.meanCoverage >= THRESHOLDS.meanCoverage;
    return [m.sample, m.q30.toFixed(3), m.dupRate.toFixed(3), m.meanCoverage.toFixed(1), pass].join(",");
  });
  return [head, ...lines].join("\n");
}

export const main = workflow(async (runId: string) => {
  const metrics = await fetchQc(runId);
  const encoded = await step("encode_report", () => new TextEncoder().encode(toCsv(metrics))); // expect: WAC107
  const b64 = Buffer.from(encoded).toString("base64");
  await uploadReport(runId, b64, encoded.byteLength);
  const failing = metrics.filter((m) => m.q30 < THRESHOLDS.q30).map((m) => m.sample);
  return { runId, samples: metrics.length, failing };
});
