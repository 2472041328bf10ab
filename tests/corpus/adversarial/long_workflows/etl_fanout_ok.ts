// SDK: windmill-client 1.818.0 client.mjs task/parallel/step: listing and loading in tasks, the fan-out through parallel, the summary built from results; only JSON crosses checkpoints.
import { S3Client, ListObjectsV2Command, GetObjectCommand } from "@aws-sdk/client-s3";
import pg from "pg";
import { parallel, step, task, taskFlow, workflow } from "windmill-client";

const s3 = new S3Client({ region: "eu-west-1" });
const pool = new pg.Pool({ connectionString: "postgres://etl@db/warehouse" });

type FileReport = { key: string; rows: number; errors: string[] };

const listKeys = task(async (bucket: string, prefix: string): Promise<string[]> => {
  const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return (out.Contents ?? []).map((o) => o.Key ?? "").filter(Boolean).sort();
});

const loadFile = task(async (bucket: string, key: string): Promise<FileReport> => {
  const obj = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  const text = (await obj.Body?.transformToString()) ?? "";
  const lines = text.split("\n").filter(Boolean);
  await pool.query("insert into staging(key, n) values ($1, $2)", [key, lines.length]);
  return { key, rows: lines.length, errors: [] };
});

const publish = taskFlow("f/etl/publish", { timeout: 1800 });

export const main = workflow(async (bucket: string, day: string) => {
  const keys = await listKeys(bucket, `exports/${day}/`);
  const reports = await parallel(keys, (key: string) => loadFile(bucket, key), { concurrency: 8 });
  const summary = reports.reduce(
    (acc, r) => ({ rows: acc.rows + r.rows, failed: acc.failed + (r.errors.length ? 1 : 0) }),
    { rows: 0, failed: 0 },
  );
  const runId = await step("run_id", () => crypto.randomUUID());
  if (summary.failed > 0) return { runId, ...summary, published: false };
  await publish({ day, rows: summary.rows, run_id: runId });
  return { runId, ...summary, published: true };
});
