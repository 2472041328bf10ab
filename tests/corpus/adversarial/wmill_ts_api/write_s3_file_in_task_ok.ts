// SDK: windmill-client 1.818.0 client.mjs writeS3File(): inside a task the upload runs once in the child job.
import { task, workflow, writeS3File } from "windmill-client";

const render = task(async (rows: string[]) => rows.join("\n"));
const upload = task(async (csv: string) => await writeS3File({ s3: "exports/report.csv" }, csv));

export const main = workflow(async (rows: string[]) => {
  const csv = await render(rows);
  return await upload(csv);
});
