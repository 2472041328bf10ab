// Clickstream ingestion: load each source's day of events, announce the load to the catalogue.
import { task, workflow } from "windmill-client";
import { buildUrl, ingestEvents, postJson, rollupDay, stamp } from "/f/shared/index.ts";

const SOURCES = ["web", "ios", "android"];
const CATALOGUE = "https://catalogue.internal/api";

const validate = task(async (source: string, rows: number) => {
  if (rows === 0) throw new Error(`no events from ${source}`);
  return { source, rows };
});

export const main = workflow(async (day: string, sources: string[] = SOURCES) => {
  const startedAt = stamp(); // expect: WAC102
  const loads = [];
  for (const source of sources) {
    const res = await ingestEvents(source, day);
    loads.push(await validate(source, res.rows));
  }
  const total = await rollupDay(day);
  await postJson(buildUrl(CATALOGUE, "/datasets/events/partitions"), { day, total, startedAt }); // expect: WAC101
  return { day, total, loads };
});
