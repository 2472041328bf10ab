// SDK: windmill-client 1.818.0: the body replays in each round's process; Intl.DateTimeFormat().resolvedOptions().timeZone is that process's TZ (environment), not an input
import { task, workflow } from "windmill-client";

type Schedule = { rows: { id: string; localTime: string }[] };

const scheduleUtc = task(async (rows: { id: string; at: string }[]) => {
  const r = await fetch("https://scheduler.internal/api/bulk", { method: "POST", body: JSON.stringify(rows) });
  return r.ok;
});

const scheduleLocal = task(async (rows: { id: string; at: string }[], tz: string) => {
  const r = await fetch(`https://scheduler.internal/api/bulk?tz=${encodeURIComponent(tz)}`, {
    method: "POST",
    body: JSON.stringify(rows),
  });
  return r.ok;
});

export const main = workflow(async (schedule: Schedule) => {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone; // expect: WAC102
  const rows = schedule.rows.map((r) => ({ id: r.id, at: r.localTime }));
  if (tz === "UTC") {
    return { ok: await scheduleUtc(rows) };
  }
  return { ok: await scheduleLocal(rows, tz) };
});
