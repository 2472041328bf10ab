// SDK: windmill-client 1.818.0: a task call in the body throws StepSuspend (an Error) on its first round; a catch that neither rethrows it nor tests its name turns the suspension into a handled error; crypto.randomUUID() in the body is another id on every replay
import { step, task, workflow } from "windmill-client";
import * as wmill from "windmill-client";

type Layover = { station: string; nights: number; crew: string[]; arrival: string };
type HotelQuote = { hotel: string; rate: number; currency: string; rooms: number };

const HOTEL_API = "https://lodging.example-air.com/v2";

const quotes = task(async (station: string, rooms: number, arrival: string): Promise<HotelQuote[]> => {
  const key = await wmill.getVariable("f/crew/lodging_key");
  const r = await fetch(`${HOTEL_API}/quotes?station=${station}&rooms=${rooms}&arrival=${arrival}`, {
    headers: { "x-api-key": key },
  });
  if (!r.ok) throw new Error(`quotes ${station}: ${r.status}`);
  return (await r.json()) as HotelQuote[];
});

const reserve = task(async (quote: HotelQuote, layover: Layover, bookingRef: string) => {
  const r = await fetch(`${HOTEL_API}/reservations`, {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": bookingRef },
    body: JSON.stringify({ ...quote, arrival: layover.arrival, nights: layover.nights, guests: layover.crew }),
  });
  if (!r.ok) throw new Error(`reserve ${r.status}`);
  return ((await r.json()) as { confirmation: string }).confirmation;
});

const emailCrew = task(async (crew: string[], station: string, hotel: string, confirmation: string) => {
  await fetch("https://mail.example-air.com/send", {
    method: "POST",
    body: JSON.stringify({ to: crew.map((c) => `${c}@crew.example-air.com`), subject: `${station}: ${hotel}`, confirmation }),
  });
});

function cheapestWithin(qs: HotelQuote[], cap: number): HotelQuote | undefined {
  return qs
    .filter((q) => q.rate <= cap)
    .sort((a, b) => a.rate - b.rate || a.hotel.localeCompare(b.hotel))[0];
}

export const main = workflow(async (layovers: Layover[], nightlyCap = 180) => {
  const booked: { station: string; confirmation: string }[] = [];
  const unbooked: string[] = [];
  const startedAt = await step("started_at", () => new Date().toISOString());

  for (const l of layovers) {
    let qs: HotelQuote[] = [];
    try {
      qs = await quotes(l.station, l.crew.length, l.arrival);
    } catch (err) { // expect: WAC202
      console.error(`quotes failed for ${l.station}`, err);
      unbooked.push(l.station);
      continue;
    }
    const pick = cheapestWithin(qs, nightlyCap);
    if (!pick) {
      unbooked.push(l.station);
      continue;
    }
    const bookingRef = crypto.randomUUID(); // expect: WAC102
    const confirmation = await reserve(pick, l, bookingRef);
    await emailCrew(l.crew, l.station, pick.hotel, confirmation);
    booked.push({ station: l.station, confirmation });
  }
  return { startedAt, booked, unbooked };
});
