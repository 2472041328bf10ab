// SDK: windmill-client 1.818.0 client.mjs writeS3File(): uploads through HelpersService.fileUpload; the body uploads again on every replay.
import { task, workflow, writeS3File } from "windmill-client";

const render = task(async (rows: string[]) => rows.join("\n"));

export const main = workflow(async (rows: string[]) => {
  const csv = await render(rows);
  const file = await writeS3File({ s3: "exports/report.csv" }, csv); // expect: WAC101
  return file;
});
