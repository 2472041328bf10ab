// SDK: windmill-client 1.818.0 client.mjs: sleep(seconds) suspends once under key "sleep"; step() checkpoints Date.now(). ECMA-262: an ISO date-time with "Z" and Date.UTC(...) do not depend on the worker's zone.
import { workflow, task, step, sleep } from "windmill-client";

type EventInput = {
  eventId: string;
  date: string; // "2026-07-14"
  doorsUtc: string; // "17:30"
};

const openGates = task(async (eventId: string) => {
  const res = await fetch(`https://gates.example-venue.io/api/events/${eventId}/open`, {
    method: "POST",
  });
  if (!res.ok) throw new Error(`gate controller answered ${res.status}`);
  return (await res.json()) as { lanes: number };
});

export const main = workflow(async (ev: EventInput) => {
  const now = await step("now", () => Date.now());

  const doors = new Date(`${ev.date}T${ev.doorsUtc}:00Z`);
  const [y, m, d] = ev.date.split("-").map(Number);
  const lastEntry = new Date(Date.UTC(y, m - 1, d, 23, 30));
  const waitSeconds = Math.max(0, (doors.getTime() - now) / 1000);

  if (waitSeconds > 0) {
    await sleep(waitSeconds);
  }

  const { lanes } = await openGates(ev.eventId);
  return {
    eventId: ev.eventId,
    lanes,
    doorsAt: doors.toISOString(),
    lastEntryAt: lastEntry.toISOString(),
  };
});
