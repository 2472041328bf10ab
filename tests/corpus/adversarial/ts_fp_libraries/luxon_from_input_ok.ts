// SDK: windmill-client 1.818.0 client.mjs: luxon values parsed from the inputs (fromISO with an explicit zone, plus / startOf / toISODate) are pure.
import { DateTime, Interval } from "luxon";
import { task, workflow } from "windmill-client";

const bookSlot = task(async (roomId: string, start: string, end: string) => ({ roomId, start, end }));

export const main = workflow(async (roomId: string, startsAt: string, minutes: number = 30, zone: string = "Europe/Berlin") => {
  const start = DateTime.fromISO(startsAt, { zone }).startOf("minute");
  const slot = Interval.after(start, { minutes });
  if (!slot.isValid) throw new Error(`bad slot: ${slot.invalidReason}`);
  return await bookSlot(roomId, slot.start!.toISO()!, slot.end!.toISO()!);
});
