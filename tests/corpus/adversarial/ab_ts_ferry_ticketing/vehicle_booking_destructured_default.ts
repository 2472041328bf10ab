// SDK: windmill-client 1.818.0 client.mjs: the runner calls the workflow fn with the run's args each round; a destructuring default is evaluated every round the input lacks the field (oracle sig: one object arg, no default)
import { task, step, workflow } from "windmill-client";

type VehicleBooking = {
  sailingId: string;
  plate: string;
  lengthM: number;
  requestedAt?: string;
  hazmat?: boolean;
};

const checkLaneSpace = task(async (sailingId: string, lengthM: number) => {
  const res = await fetch(`https://booking.blueferry.example/sailings/${sailingId}/lanes?need=${lengthM}`);
  return (await res.json()) as { available: boolean; lane: string | null };
});

const createVehicleBooking = task(
  async (sailingId: string, plate: string, lane: string, requestedAt: string) => {
    const res = await fetch("https://booking.blueferry.example/vehicle-bookings", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sailingId, plate, lane, requestedAt }),
    });
    return { bookingRef: (await res.json()).ref as string };
  },
);

export const main = workflow(
  async ({ // expect: WAC902
    sailingId,
    plate,
    lengthM,
    requestedAt = new Date().toISOString(), // expect: WAC102
    hazmat = false,
  }: VehicleBooking) => {
    if (hazmat) {
      return { plate, booked: false, reason: "hazardous cargo sails on the freight service" };
    }
    const space = await checkLaneSpace(sailingId, lengthM);
    if (!space.available || space.lane === null) {
      return { plate, booked: false, reason: "no lane space" };
    }
    const { bookingRef } = await createVehicleBooking(sailingId, plate, space.lane, requestedAt);
    return { plate, booked: true, bookingRef, lane: space.lane };
  },
);
