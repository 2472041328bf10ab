// SDK: windmill-client 1.818.0 a task body runs once per key in its own job; the body only branches on task results
// Nightly backup verification: the checker class is used inside a task.
import { task, workflow } from "windmill-client";
import { S3Client, HeadObjectCommand } from "@aws-sdk/client-s3";

type Db = { name: string; bucket: string; prefix: string };

class BackupChecker {
  constructor(private readonly s3: S3Client) {}

  async verify(db: Db, day: string) {
    const key = `${db.prefix}/${day}/${db.name}.dump.gz`;
    const head = await this.s3.send(new HeadObjectCommand({ Bucket: db.bucket, Key: key }));
    return { db: db.name, key, bytes: head.ContentLength ?? 0 };
  }
}

const verifyBackup = task(async (db: Db, day: string, region: string) => {
  const checker = new BackupChecker(new S3Client({ region }));
  return await checker.verify(db, day);
});

const restoreTest = task(async (dbName: string, key: string) => {
  const r = await fetch(`https://dbops.internal/restore-tests`, { method: "POST", body: JSON.stringify({ dbName, key }) });
  return (await r.json()) as { ok: boolean; minutes: number };
});

export const main = workflow(async (dbs: Db[], day: string, region: string = "eu-west-1") => {
  const lines: string[] = [];
  for (const db of dbs) {
    const found = await verifyBackup(db, day, region);
    if (found.bytes === 0) {
      lines.push(`${db.name}: empty backup`);
      continue;
    }
    const test = await restoreTest(db.name, found.key);
    lines.push(`${db.name}: ${found.bytes} bytes, restore ${test.ok ? "ok" : "failed"} in ${test.minutes} min`);
  }
  return { checked: dbs.length, lines };
});
