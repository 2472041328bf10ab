// SDK: windmill-client 1.818.0: Math.random() in the body draws again on every replay, so the examiner picked can change after a suspension; a task call neither awaited nor voided is not part of the round's awaited work
import { step, task, workflow } from "windmill-client";
import * as wmill from "windmill-client";

type Pilot = { id: string; name: string; fleet: string; dueBy: string };
type Examiner = { id: string; name: string; fleets: string[]; conflicts: string[] };
type SimSlot = { id: string; device: string; start: string; fleet: string };

const TRAINING = "https://training.example-air.com/api";

const examinersFor = task(async (fleet: string): Promise<Examiner[]> => {
  const r = await fetch(`${TRAINING}/examiners?fleet=${fleet}`);
  if (!r.ok) throw new Error(`examiners ${r.status}`);
  return (await r.json()) as Examiner[];
});

const openSlots = task(async (fleet: string, dueBy: string): Promise<SimSlot[]> => {
  const r = await fetch(`${TRAINING}/sim-slots?fleet=${fleet}&before=${dueBy}`);
  if (!r.ok) throw new Error(`slots ${r.status}`);
  return (await r.json()) as SimSlot[];
});

const book = task(async (slotId: string, pilotId: string, examinerId: string) => {
  const r = await fetch(`${TRAINING}/sim-slots/${slotId}/book`, {
    method: "POST",
    body: JSON.stringify({ pilotId, examinerId }),
  });
  if (!r.ok) throw new Error(`book ${r.status}`);
  return ((await r.json()) as { bookingId: string }).bookingId;
});

const notifyExaminer = task(async (examinerId: string, slot: SimSlot, pilot: Pilot) => {
  const hook = await wmill.getVariable("f/crew/training_webhook");
  await fetch(hook, {
    method: "POST",
    body: JSON.stringify({ to: examinerId, text: `Checkride ${pilot.name} on ${slot.device} at ${slot.start}` }),
  });
});

export const main = workflow(async (pilot: Pilot) => {
  const [examiners, slots] = await Promise.all([examinersFor(pilot.fleet), openSlots(pilot.fleet, pilot.dueBy)]);
  const eligible = examiners.filter((e) => e.fleets.includes(pilot.fleet) && !e.conflicts.includes(pilot.id));
  if (eligible.length === 0 || slots.length === 0) {
    return { pilot: pilot.id, booked: false, reason: eligible.length === 0 ? "no examiner" : "no slot" };
  }

  const examiner = eligible[Math.floor(Math.random() * eligible.length)]; // expect: WAC102
  const slot = slots.sort((a, b) => a.start.localeCompare(b.start))[0];
  const bookingId = await book(slot.id, pilot.id, examiner.id);
  notifyExaminer(examiner.id, slot, pilot); // expect: WAC106
  const bookedAt = await step("booked_at", () => new Date().toISOString());
  return { pilot: pilot.id, booked: true, bookingId, examiner: examiner.name, bookedAt };
});
