// SDK: windmill-client 1.818.0 StepSuspend extends Error and is thrown by the task thenable's then(); a catch around task calls receives it; guide: rethrow suspension before business handling
// Ported from a Restate saga (ctx.run + compensations); compensations are tasks too.
import { task, workflow } from "windmill-client";

type Trip = { tripId: string; flight: string; hotel: string; car?: string };

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
const cancelHotel = task(async (reservationId: string) => {
  await fetch(`https://hotels.example.com/reservations/${reservationId}`, { method: "DELETE" });
  return reservationId;
});
const bookCar = task(async (tripId: string, car: string) => {
  const r = await fetch(`https://cars.example.com/rentals`, { method: "POST", body: JSON.stringify({ tripId, car }) });
  return (await r.json()) as { rentalId: string };
});

export const main = workflow(async (trip: Trip) => {
  const compensations: Array<() => PromiseLike<unknown>> = [];
  try {
    const flight = await bookFlight(trip.tripId, trip.flight);
    compensations.push(() => cancelFlight(flight.bookingRef));

    const hotel = await bookHotel(trip.tripId, trip.hotel);
    compensations.push(() => cancelHotel(hotel.reservationId));

    const car = trip.car ? await bookCar(trip.tripId, trip.car) : null;
    return { flight, hotel, car };
  } catch (e) { // expect: WAC202
    for (const undo of compensations.reverse()) {
      await undo();
    }
    throw e;
  }
});
