// SDK: windmill-client 1.818.0 task(): indexing an object literal of wrappers yields the wrapper; awaiting its { then } suspends as a direct call would
import { task, workflow } from "windmill-client";

type Command = { verb: "mute" | "unmute" | "snooze"; alertId: string; minutes?: number };

const mute = task(async (alertId: string) => {
  const r = await fetch(`https://alerts.internal/api/${alertId}/mute`, { method: "POST" });
  return r.status;
});
const unmute = task(async (alertId: string) => {
  const r = await fetch(`https://alerts.internal/api/${alertId}/unmute`, { method: "POST" });
  return r.status;
});
const snooze = task(async (alertId: string, minutes = 30) => {
  const r = await fetch(`https://alerts.internal/api/${alertId}/snooze?m=${minutes}`, { method: "POST" });
  return r.status;
});

export const main = workflow(async (commands: Command[]) => {
  const statuses: Record<string, number> = {};
  for (const c of commands) {
    const status = await ({ mute, unmute, snooze } as const)[c.verb](c.alertId, c.minutes);
    statuses[`${c.verb}:${c.alertId}`] = status;
  }
  const failed = Object.entries(statuses).filter(([, s]) => s >= 400).map(([k]) => k);
  return { statuses, failed };
});
