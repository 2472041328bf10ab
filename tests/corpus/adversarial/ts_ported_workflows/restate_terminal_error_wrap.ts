// SDK: windmill-client 1.818.0 client.mjs: the first call of `reserve` throws StepSuspend through the body; wrapping it in a new Error (Restate's `throw new TerminalError(msg, { cause })` habit) replaces the suspension with an ordinary failure.
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
  } catch (err) { // expect: WAC202
    throw new Error(`booking for ${b.guest} failed`, { cause: err });
  }
});
