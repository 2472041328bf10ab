// SDK: windmill-client 1.818.0 client.mjs: sleep(seconds) suspends with Math.max(1, Math.round(seconds)) under key "sleep"; the body reruns after it; step() checkpoints its result. ECMA-262: a date-time string without an offset is parsed in the local (worker) zone.
import { workflow, task, step, sleep } from "windmill-client";

type EventInput = {
  eventId: string;
  venueTz: string;
  date: string; // "2026-07-14"
  doorsTime: string; // "19:30"
};

const openGates = task(async (eventId: string) => {
  const res = await fetch(`https://gates.example-venue.io/api/events/${eventId}/open`, {
    method: "POST",
  });
  if (!res.ok) throw new Error(`gate controller answered ${res.status}`);
  return (await res.json()) as { lanes: number };
});

const notifyScanners = task(async (eventId: string, lanes: number) => {
  await fetch("https://hooks.slack.com/services/T000/B000/scanner-team", {
    method: "POST",
    body: JSON.stringify({ text: `Doors open for ${eventId}: ${lanes} lanes` }),
  });
});

export const main = workflow(async (ev: EventInput) => {
  const now = await step("now", () => Date.now());

  // the venue is in ev.venueTz but this string has no offset: it is read in
  // whatever zone the worker runs in, so two workers disagree on when doors open
  const doors = new Date(`${ev.date} ${ev.doorsTime}`); // expect: WAC102
  const waitSeconds = Math.max(0, (doors.getTime() - now) / 1000);

  if (waitSeconds > 0) {
    await sleep(waitSeconds);
  }

  const { lanes } = await openGates(ev.eventId);
  await notifyScanners(ev.eventId, lanes);
  return { eventId: ev.eventId, lanes, doorsAt: doors.toISOString() };
});
