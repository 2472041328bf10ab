// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is named "StepSuspend" (isSuspendSignal tests the name too); it is rethrown as is, and only other errors are wrapped.
import { task, workflow } from "windmill-client";

type Booking = { hotelId: string; flightId: string; guest: string };

const reserveHotel = task(async (hotelId: string, guest: string) => {
  const res = await fetch(`https://hotels.example.com/${hotelId}/reservations`, {
    method: "POST",
    body: JSON.stringify({ guest }),
  });
  if (!res.ok) throw new Error(`hotel ${res.status}`);
  return (await res.json()) as { reservationId: string };
});

const reserveFlight = task(async (flightId: string, guest: string) => {
  const res = await fetch(`https://flights.example.com/${flightId}/seats`, {
    method: "POST",
    body: JSON.stringify({ guest }),
  });
  if (!res.ok) throw new Error(`flight ${res.status}`);
  return (await res.json()) as { seat: string };
});

export const main = workflow(async (b: Booking) => {
  try {
    const hotel = await reserveHotel(b.hotelId, b.guest);
    const flight = await reserveFlight(b.flightId, b.guest);
    return { reservationId: hotel.reservationId, seat: flight.seat };
  } catch (err) {
    if ((err as Error)?.name === "StepSuspend") throw err;
    throw new Error(`booking for ${b.guest} failed`, { cause: err });
  }
});
