// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the step result goes through JSON.stringify; a Set built by `reduce` writes as `{}`, so `.has` is a TypeError and the size is lost.
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
  const busy = await step("busy_stations", () =>
    contacts // expect: WAC107
      .filter((c) => !xband_only || c.band === "X")
      .reduce((acc, c) => acc.add(c.station), new Set<string>()),
  );
  const notices = [];
  for (const station of ["svalbard-1", "awarua-2", "punta-arenas-1"]) {
    if (busy.has(station)) {
      notices.push(await notifyStation(station, contacts.filter((c) => c.station === station).length));
    }
  }
  return { notified: notices.map((n) => n.station) };
});
