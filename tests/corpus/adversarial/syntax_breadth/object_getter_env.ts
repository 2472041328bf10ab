// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; a getter of an object literal reads `process.env` each time the property is read in the body.
import { task, workflow } from "windmill-client";

const config = {
  get bucket(): string {
    return process.env.EXPORT_BUCKET ?? "exports";
  },
  prefix: "daily/",
};

const exportTable = task(async (table: string, bucket: string, prefix: string) => `s3://${bucket}/${prefix}${table}`);

export const main = workflow(async (tables: string[]) => {
  const bucket = config.bucket; // expect: WAC102
  const out = [];
  for (const t of tables) out.push(await exportTable(t, bucket, config.prefix));
  return out;
});
