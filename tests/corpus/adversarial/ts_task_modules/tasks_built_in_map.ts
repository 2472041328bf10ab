// SDK: windmill-client 1.818.0 client.mjs: task() takes its step name from `fn.name`; arrows built inside `SOURCES.map(...)` are anonymous, and Windmill's parser only sees tasks assigned to a top-level const.
import { task, workflow } from "windmill-client";

const SOURCES = ["stripe", "hubspot", "zendesk"] as const;
type Source = (typeof SOURCES)[number];

const syncers = Object.fromEntries(
  SOURCES.map((source) => [source, task(async (day: string) => ({ source, day, rows: 0 }))]), // expect: WAC003
) as Record<Source, (day: string) => Promise<{ source: Source; day: string; rows: number }>>;

export const main = workflow(async (day: string) => {
  const results = [];
  for (const s of SOURCES) results.push(await syncers[s](day));
  return results;
});
