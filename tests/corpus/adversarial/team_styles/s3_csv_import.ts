// SDK: windmill-client 1.818.0: `loadS3File` downloads through the Windmill API (HelpersService); in the body it downloads again on every replay.
import * as wmill from "windmill-client";
import { parallel, task, workflow } from "windmill-client";

type S3Object = { s3: string; storage?: string };

const BATCH_SIZE = 500;

function chunk<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split("\n");
  const cols = header.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i], v])));
}

const insertBatch = task(async (table: string, rows: Record<string, string>[]) => rows.length, { tag: "db", timeout: 600 });

export const main = workflow(async (file: S3Object, table: string = "staging.imports", concurrency: number = 4) => {
  const bytes = await wmill.loadS3File(file); // expect: WAC101
  const rows = parseCsv(new TextDecoder().decode(bytes));
  const counts = await parallel(chunk(rows, BATCH_SIZE), (batch) => insertBatch(table, batch), { concurrency });
  return { table, inserted: counts.reduce((a, b) => a + b, 0) };
});
