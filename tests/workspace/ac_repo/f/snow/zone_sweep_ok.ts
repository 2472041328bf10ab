// Zone sweep: timestamps are strings, the open zones a list.
import { step, task, workflow } from "windmill-client";
import { dayKey, nowStamp } from "../common/index.ts";
import { measureSnowOk } from "../common/tasks.ts";

const STALE_MS = 3 * 3600 * 1000;

const publish = task(async (day: string, rows: { zone: string; cm: number; stale: boolean }[]) => {
  await fetch("https://board.resort.example/sweep", {
    method: "POST",
    body: JSON.stringify({ day, rows }),
  });
});

export const main = workflow(async (zones: string[], sweepIso: string) => {
  const startedAt = await step("started", () => nowStamp());
  const sweepMs = Date.parse(sweepIso);
  const rows = [];
  for (const zone of zones) {
    const reading = await measureSnowOk(zone);
    const stale = sweepMs - Date.parse(reading.at) > STALE_MS;
    rows.push({ zone, cm: reading.cm, stale });
  }
  await publish(dayKey(sweepIso), rows);
  return { startedAt, count: rows.length };
});
