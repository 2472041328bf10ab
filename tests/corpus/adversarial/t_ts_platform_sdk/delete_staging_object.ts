// SDK: client.mjs 1.818.0 deleteS3File(s3object) calls the workspace's S3 API (HelpersService) on every call; in the body it runs again on each replay after the first task
import { deleteS3File, task, workflow, type S3Object } from "windmill-client";

const importCsv = task(async function importCsv(s3Key: string, table: string) {
  const res = await fetch("https://warehouse.internal/v1/import", {
    method: "POST",
    body: JSON.stringify({ s3Key, table, format: "csv", header: true }),
  });
  return { table, rows: ((await res.json()) as { rows: number }).rows };
});

const refreshDashboards = task(async function refreshDashboards(table: string) {
  await fetch(`https://bi.internal/api/datasets/${table}/refresh`, { method: "POST" });
  return { refreshed: true };
});

export const main = workflow(async (upload: S3Object, table: string) => {
  const imported = await importCsv(upload.s3, table);
  await deleteS3File(upload); // expect: WAC101
  await refreshDashboards(table);
  return { ...imported, cleanedUp: upload.s3 };
});
