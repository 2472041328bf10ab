// SDK: windmill-client 1.818.0 client.mjs: the body replays after each task; Bun's built-in S3 client writes the object when `write` is awaited, so the body uploads again on every round.
import { s3 } from "bun";
import { task, workflow } from "windmill-client";

const buildReport = task(async (day: string) => ({ day, csv: "id,total\n1,10\n" }));
const announce = task(async (key: string) => ({ key }));

export const main = workflow(async (day: string) => {
  const report = await buildReport(day);
  const key = `reports/${day}.csv`;
  await s3.file(key).write(report.csv, { type: "text/csv" }); // expect: WAC101
  return await announce(key);
});
