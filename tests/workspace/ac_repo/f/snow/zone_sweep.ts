// Zone sweep: measure each zone, flag the stale readings, and publish the sweep.
import { step, task, workflow } from "windmill-client";
import { dayKey, nowStamp } from "../common/index.ts";
import { measureSnow, openedZones } from "../common/tasks.ts";

const STALE_MS = 3 * 3600 * 1000;

const publish = task(async (day: string, rows: { zone: string; cm: number; stale: boolean }[]) => {
  await fetch("https://board.resort.example/sweep", {
    method: "POST",
    body: JSON.stringify({ day, rows }),
  });
});

export const main = workflow(async (zones: string[], sweepIso: string) => {
  const startedAt = nowStamp(); // expect: WAC102
  const sweepMs = Date.parse(sweepIso);
  const open = await openedZones(zones); // expect: WAC107
  const rows = [];
  for (const zone of zones) {
    if (!open.has(zone)) continue;
    const reading = await measureSnow(zone); // expect: WAC107
    const stale = sweepMs - reading.at.getTime() > STALE_MS;
    rows.push({ zone, cm: reading.cm, stale });
  }
  await publish(dayKey(sweepIso), rows);
  return step("done", () => ({ startedAt, count: rows.length }));
});
