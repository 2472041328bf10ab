// Clickstream ingestion (the fixed copy): the start time is a step, the announcement a task.
import { step, task, workflow } from "windmill-client";
import { buildUrl, ingestEvents, postJson, rollupDay, stamp } from "/f/shared/index.ts";

const SOURCES = ["web", "ios", "android"];
const CATALOGUE = "https://catalogue.internal/api";

const validate = task(async (source: string, rows: number) => {
  if (rows === 0) throw new Error(`no events from ${source}`);
  return { source, rows };
});

const announce = task(async (day: string, total: number, startedAt: string) => {
  return postJson(buildUrl(CATALOGUE, "/datasets/events/partitions"), { day, total, startedAt });
});

export const main = workflow(async (day: string, sources: string[] = SOURCES) => {
  const startedAt = await step("started_at", () => stamp());
  const loads = [];
  for (const source of sources) {
    const res = await ingestEvents(source, day);
    loads.push(await validate(source, res.rows));
  }
  const total = await rollupDay(day);
  await announce(day, total, startedAt);
  return { day, total, loads };
});
