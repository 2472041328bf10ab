// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: JSON.stringify of `Object.groupBy(...)` (a null-prototype plain object of arrays) and of a spread Set keeps every entry.
import { task, step, workflow } from "windmill-client";

type Contact = { station: string; scid: number; aos: string; band: "S" | "X" };

const listContacts = task(async function listContacts(day: string): Promise<Contact[]> {
  const res = await fetch(`https://scheduler.internal/api/contacts?day=${day}`);
  return (await res.json()) as Contact[];
});

const notifyStation = task(async function notifyStation(station: string, count: number) {
  await fetch(`https://${station}.gs.internal/ops/notice`, {
    method: "POST",
    body: JSON.stringify({ contacts_today: count }),
  });
  return { station };
});

export const main = workflow(async (day: string, xband_only = false) => {
  const contacts = await listContacts(day);
  const plan = await step("plan", () => {
    const kept = contacts.filter((c) => !xband_only || c.band === "X");
    const byStation = Object.groupBy(kept, (c) => c.station);
    const stations = [...new Set(kept.map((c) => c.station))].sort();
    return { byStation, stations };
  });
  const notices = [];
  for (const station of plan.stations) {
    notices.push(await notifyStation(station, plan.byStation[station]?.length ?? 0));
  }
  return { notified: notices.map((n) => n.station) };
});
