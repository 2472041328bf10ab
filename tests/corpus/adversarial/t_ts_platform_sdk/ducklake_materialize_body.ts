// SDK: dist/sqlUtils.mjs 1.818.0 upsertPartition() returns a lazy statement; its `.execute()` runs the DELETE + INSERT job (and, under WM_PIPELINE, records the materialization), so in the body it runs again on every replay
import { task, upsertPartition, workflow } from "windmill-client";

const ingestEvents = task(async function ingestEvents(day: string) {
  const res = await fetch(`https://events.internal/export?day=${day}`, { method: "POST" });
  const { s3Path, rows } = (await res.json()) as { s3Path: string; rows: number };
  return { s3Path, rows };
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
  await upsertPartition({ // expect: WAC101
    table: "events_daily",
    selectSql: `SELECT user_id, event, count(*) AS n FROM read_parquet('${s3Path}') GROUP BY ALL`,
    partition: day,
    uniqueKey: "user_id",
  }).execute();
  await notifyAnalytics(day, rows);
  return { day, rows, materialized: true };
});
