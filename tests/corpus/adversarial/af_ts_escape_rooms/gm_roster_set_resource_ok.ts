// SDK: windmill-client 1.818.0 client.mjs: setResource / setVariable are API writes; inside tasks they run once, in the task's job
import { task, workflow, sleep, setResource, setVariable } from "windmill-client";

type Shift = { gm: string; rooms: string[]; from: string; to: string };
type Roster = { week: string; shifts: Shift[] };

const fetchAvailability = task(async (week: string) => {
  const r = await fetch(`https://staff.lockbox-escapes.example/availability?week=${week}`);
  return (await r.json()) as { gm: string; days: string[] }[];
});

const solveAndStore = task(async (week: string, availability: { gm: string; days: string[] }[], rooms: string[]) => {
  const r = await fetch("https://staff.lockbox-escapes.example/solver", {
    method: "POST",
    body: JSON.stringify({ week, availability, rooms }),
  });
  const roster = (await r.json()) as Roster;
  await setResource(roster, `f/rosters/week_${week}`);
  return roster;
});

const pinLead = task(async (gm: string) => {
  await setVariable("f/rosters/shift_lead", gm);
  return gm;
});

const publishToStaffApp = task(async (roster: Roster) => {
  await fetch("https://staff.lockbox-escapes.example/rosters", { method: "POST", body: JSON.stringify(roster) });
  return roster.shifts.length;
});

export const main = workflow(async (week: string, rooms: string[], pinShiftLead?: string) => {
  const availability = await fetchAvailability(week);
  const roster = await solveAndStore(week, availability, rooms);
  if (pinShiftLead) await pinLead(pinShiftLead);
  await sleep(3600);
  const published = await publishToStaffApp(roster);
  return { week, published };
});
