// SDK: windmill-client 1.818.0 client.mjs: only sleep() suspends durably; Bun.sleep in the body blocks the worker again on every replay
import { task, taskScript, step, workflow } from "windmill-client";

type Booking = { ref: string; vehicle: "car" | "van" | "foot"; lengthM?: number };

const exportManifest = taskScript("f/ferry/export_manifest", { timeout: 300 });

const listBookings = task(async (sailingId: string): Promise<Booking[]> => {
  const res = await fetch(`https://booking.blueferry.example/sailings/${sailingId}/bookings`);
  return (await res.json()) as Booking[];
});

const lockSailing = task(async (sailingId: string) => {
  const res = await fetch(`https://booking.blueferry.example/sailings/${sailingId}/lock`, {
    method: "POST",
  });
  return { locked: res.ok };
});

export const main = workflow(async (sailingId: string, settleSeconds: number = 2) => {
  const { locked } = await lockSailing(sailingId);
  if (!locked) {
    return { sailingId, exported: false, reason: "could not lock" };
  }

  // the booking system needs a moment to flush in-flight payments after the lock
  await Bun.sleep(settleSeconds * 1000); // expect: WAC101

  const bookings = await listBookings(sailingId);
  const vehicles = bookings.filter((b) => b.vehicle !== "foot");
  const laneMetres = vehicles.reduce((acc, b) => acc + (b.lengthM ?? 4.5), 0);

  const exported = await exportManifest({
    sailing_id: sailingId,
    passengers: bookings.length,
    lane_metres: Math.round(laneMetres),
  });

  return { sailingId, exported: true, passengers: bookings.length, laneMetres, exported_job: exported };
});
