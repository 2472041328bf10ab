// SDK: windmill-client 1.818.0 client.mjs: setResource(value, path) and setVariable(path, value) call ResourceService / VariableService (update or create); from the body they run again on every replay
import { task, workflow, sleep, setResource, setVariable, getResource } from "windmill-client";

// Written by an agent from the WAC guide: "tasks for substantial work", so the
// small writes were left in the body.
type Shift = { gm: string; rooms: string[]; from: string; to: string };
type Roster = { week: string; shifts: Shift[] };

const fetchAvailability = task(async (week: string) => {
  const r = await fetch(`https://staff.lockbox-escapes.example/availability?week=${week}`);
  return (await r.json()) as { gm: string; days: string[] }[];
});

const solveRoster = task(async (week: string, availability: { gm: string; days: string[] }[], rooms: string[]) => {
  const r = await fetch("https://staff.lockbox-escapes.example/solver", {
    method: "POST",
    body: JSON.stringify({ week, availability, rooms }),
  });
  return (await r.json()) as Roster;
});

const publishToStaffApp = task(async (roster: Roster) => {
  await fetch("https://staff.lockbox-escapes.example/rosters", { method: "POST", body: JSON.stringify(roster) });
  return roster.shifts.length;
});

export const main = workflow(async (week: string, rooms: string[], pinShiftLead?: string) => {
  const availability = await fetchAvailability(week);
  const roster = await solveRoster(week, availability, rooms);
  await setResource(roster, `f/rosters/week_${week}`); // expect: WAC101
  if (pinShiftLead) {
    await setVariable("f/rosters/shift_lead", pinShiftLead); // expect: WAC101
  }
  await sleep(3600);
  const published = await publishToStaffApp(roster);
  return { week, published };
});
