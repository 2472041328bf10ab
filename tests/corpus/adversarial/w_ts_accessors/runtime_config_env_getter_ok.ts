// SDK: windmill-client 1.818.0 replays the body each round; getters over frozen constants return the same value each round
import { task, workflow } from "windmill-client";

const REGION_BUCKETS = Object.freeze({ "eu-west-1": "exports-eu", "us-east-1": "exports-us" });

const runtime = {
  region: "eu-west-1" as keyof typeof REGION_BUCKETS,
  get bucket(): string {
    return REGION_BUCKETS[this.region];
  },
  get retentionDays(): number {
    return this.region.startsWith("eu") ? 30 : 90;
  },
};

const exportTable = task(async (table: string, bucket: string) => {
  const res = await fetch(`https://etl.internal/export`, {
    method: "POST",
    body: JSON.stringify({ table, bucket, region: process.env.AWS_REGION }),
  });
  return (await res.json()) as { objectKey: string };
});

const registerExport = task(async (objectKey: string, retentionDays: number) => {
  await fetch(`https://catalog.internal/exports`, {
    method: "POST",
    body: JSON.stringify({ objectKey, retentionDays }),
  });
  return objectKey;
});

export const main = workflow(async (tables: string[]) => {
  const keys: string[] = [];
  for (const table of tables) {
    const { objectKey } = await exportTable(table, runtime.bucket);
    keys.push(await registerExport(objectKey, runtime.retentionDays));
  }
  return keys;
});
