// SDK: windmill-client 1.818.0 a failed task rethrows taskErrorFromMarker: an Error with name "TaskError"; StepSuspend has name "StepSuspend"; guide: rethrow everything but task failures
// Ported from a Restate saga; only task failures trigger compensation, everything else (the suspension) is rethrown first.
import { task, workflow } from "windmill-client";

type Trip = { tripId: string; flight: string; hotel: string };

const bookFlight = task(async (tripId: string, flight: string) => {
  const r = await fetch(`https://flights.example.com/book`, { method: "POST", body: JSON.stringify({ tripId, flight }) });
  return (await r.json()) as { bookingRef: string };
});
const cancelFlight = task(async (bookingRef: string) => {
  await fetch(`https://flights.example.com/book/${bookingRef}`, { method: "DELETE" });
  return bookingRef;
});
const bookHotel = task(async (tripId: string, hotel: string) => {
  const r = await fetch(`https://hotels.example.com/reservations`, { method: "POST", body: JSON.stringify({ tripId, hotel }) });
  return (await r.json()) as { reservationId: string };
});

function isTaskFailure(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: string }).name === "TaskError";
}

export const main = workflow(async (trip: Trip) => {
  const flight = await bookFlight(trip.tripId, trip.flight);
  try {
    const hotel = await bookHotel(trip.tripId, trip.hotel);
    return { status: "booked", flight: flight.bookingRef, hotel: hotel.reservationId };
  } catch (e) {
    if (!isTaskFailure(e)) throw e;
    await cancelFlight(flight.bookingRef);
    return { status: "rolled_back", reason: (e as Error).message };
  }
});
