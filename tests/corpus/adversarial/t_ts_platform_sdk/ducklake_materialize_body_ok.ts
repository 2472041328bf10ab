// SDK: dist/sqlUtils.mjs 1.818.0 upsertPartition() returns a lazy statement and `.execute()` runs it; here it runs inside a task, whose job the checkpoint records once
import { task, upsertPartition, workflow } from "windmill-client";

const ingestEvents = task(async function ingestEvents(day: string) {
  const res = await fetch(`https://events.internal/export?day=${day}`, { method: "POST" });
  const { s3Path, rows } = (await res.json()) as { s3Path: string; rows: number };
  return { s3Path, rows };
});

const materialize = task(async function materialize(day: string, s3Path: string) {
  await upsertPartition({
    table: "events_daily",
    selectSql: `SELECT user_id, event, count(*) AS n FROM read_parquet('${s3Path}') GROUP BY ALL`,
    partition: day,
    uniqueKey: "user_id",
  }).execute();
  return { day, materialized: true };
});

const notifyAnalytics = task(async function notifyAnalytics(day: string, rows: number) {
  await fetch(process.env.ANALYTICS_WEBHOOK ?? "https://hooks.internal/analytics", {
    method: "POST",
    body: JSON.stringify({ text: `events for ${day} materialized (${rows} rows)` }),
  });
  return { notified: true };
});

export const main = workflow(async (day: string) => {
  const { s3Path, rows } = await ingestEvents(day);
  if (rows === 0) return { day, rows, materialized: false };
  await materialize(day, s3Path);
  await notifyAnalytics(day, rows);
  return { day, rows, materialized: true };
});
