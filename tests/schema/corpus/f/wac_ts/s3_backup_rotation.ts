// Keep the 14 most recent database backups in the bucket and delete the rest.
// The tasks wrap named functions declared at the top of the module.
import { task, workflow } from "windmill-client";
import { S3Client } from "bun";

async function listBackups(bucket: string, prefix: string): Promise<string[]> {
  const client = new S3Client({ bucket });
  const page = await client.list({ prefix });
  return (page.contents ?? []).map((o) => o.key).sort().reverse();
}

async function deleteBackup(bucket: string, key: string): Promise<void> {
  const client = new S3Client({ bucket });
  await client.delete(key);
}

const listBackupsTask = task(listBackups);
const deleteBackupTask = task(deleteBackup, { timeout: 60 });

export const main = workflow(async (bucket: string, prefix: string = "pg-backups/", keep: number = 14) => {
  const backups = await listBackupsTask(bucket, prefix);
  const expired = backups.slice(keep);
  for (const key of expired) {
    await deleteBackupTask(bucket, key);
  }
  return { kept: Math.min(keep, backups.length), deleted: expired };
});
