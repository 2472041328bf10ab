// SDK: windmill-client 1.818.0 replays the body each round (possibly on another worker); an object-literal getter runs on every read
import { task, workflow } from "windmill-client";

const runtime = {
  get region(): string {
    return process.env.AWS_REGION ?? "eu-west-1";
  },
  get bucket(): string {
    return `exports-${this.region}`;
  },
  retentionDays: 30,
};

const exportTable = task(async (table: string, bucket: string) => {
  const res = await fetch(`https://etl.internal/export`, {
    method: "POST",
    body: JSON.stringify({ table, bucket }),
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
    const { objectKey } = await exportTable(table, runtime.bucket); // expect: WAC102
    keys.push(await registerExport(objectKey, runtime.retentionDays));
  }
  return keys;
});
