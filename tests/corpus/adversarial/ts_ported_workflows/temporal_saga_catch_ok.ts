// SDK: windmill-client 1.818.0 client.mjs: the catch lets the suspension (named "StepSuspend") through before anything else; compensations run only for a task that failed (a TaskError).
import { task, workflow } from "windmill-client";

type Trip = { tripId: string; flight: string; hotel: string; car: string };

const bookFlight = task(async (tripId: string, flight: string) => {
  const res = await fetch("https://travel.example.com/flights", { method: "POST", body: JSON.stringify({ tripId, flight }) });
  if (!res.ok) throw new Error(`flight ${res.status}`);
  return ((await res.json()) as { ref: string }).ref;
});
const bookHotel = task(async (tripId: string, hotel: string) => {
  const res = await fetch("https://travel.example.com/hotels", { method: "POST", body: JSON.stringify({ tripId, hotel }) });
  if (!res.ok) throw new Error(`hotel ${res.status}`);
  return ((await res.json()) as { ref: string }).ref;
});
const bookCar = task(async (tripId: string, car: string) => {
  const res = await fetch("https://travel.example.com/cars", { method: "POST", body: JSON.stringify({ tripId, car }) });
  if (!res.ok) throw new Error(`car ${res.status}`);
  return ((await res.json()) as { ref: string }).ref;
});
const cancelBooking = task(async (kind: string, ref: string) => {
  await fetch(`https://travel.example.com/${kind}/${ref}`, { method: "DELETE" });
  return ref;
});

export const main = workflow(async (trip: Trip) => {
  const compensations: Array<() => Promise<unknown>> = [];
  try {
    const flightRef = await bookFlight(trip.tripId, trip.flight);
    compensations.push(() => cancelBooking("flights", flightRef));
    const hotelRef = await bookHotel(trip.tripId, trip.hotel);
    compensations.push(() => cancelBooking("hotels", hotelRef));
    const carRef = await bookCar(trip.tripId, trip.car);
    return { flightRef, hotelRef, carRef };
  } catch (err) {
    if ((err as Error)?.name === "StepSuspend") throw err;
    for (const undo of compensations.reverse()) await undo();
    throw err;
  }
});
