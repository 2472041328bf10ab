// SDK: windmill-client 1.818.0 client.mjs: the same upload with Bun's S3 client inside the task; the body only builds the key.
import { s3 } from "bun";
import { task, workflow } from "windmill-client";

const buildReport = task(async (day: string) => ({ day, csv: "id,total\n1,10\n" }));
const upload = task(async (key: string, csv: string) => {
  await s3.file(key).write(csv, { type: "text/csv" });
  return { key, bytes: csv.length };
});

export const main = workflow(async (day: string) => {
  const report = await buildReport(day);
  return await upload(`reports/${day}.csv`, report.csv);
});
