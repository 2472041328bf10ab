// SDK: windmill-oracle dag (windmill-parser-wasm-wac) labels `step(Steps.VENUE_HOLD, ...)` and `step(K.Catering, ...)` as a plain `step` node: the parser reads only a string literal at the call; at run time _allocKey gets the same string, so this is style (info)
import { task, step, workflow } from "windmill-client";

namespace Steps {
  export const VENUE_HOLD = "venue_hold";
  export const PIANO_TUNER = "piano_tuner";
}

const enum K {
  Catering = "catering_quote",
}

type Rehearsal = { city: string; date: string; singers: number };

const holdVenue = task(async (city: string, date: string, capacity: number) => {
  const r = await fetch("https://venues.choir-tours.example/v1/holds", {
    method: "POST",
    body: JSON.stringify({ city, date, capacity }),
  });
  return (await r.json()) as { holdId: string; venue: string; piano: boolean };
});

const bookTuner = task(async (venue: string, date: string) => {
  const r = await fetch("https://tuners.choir-tours.example/v1/bookings", {
    method: "POST",
    body: JSON.stringify({ venue, date }),
  });
  return (await r.json()).bookingId as string;
});

export const main = workflow(async (rehearsals: Rehearsal[]) => {
  const plan: { city: string; venue: string; tuner: string | null; cateringPerHead: number }[] = [];
  for (const r of rehearsals) {
    const capacity = await step(Steps.VENUE_HOLD, () => Math.ceil(r.singers * 1.15)); // expect: WAC103
    const hold = await holdVenue(r.city, r.date, capacity);
    const tuner = hold.piano ? await bookTuner(hold.venue, r.date) : null;
    const perHead = await step(K.Catering, () => (r.singers > 60 ? 14.5 : 18)); // expect: WAC103
    plan.push({ city: r.city, venue: hold.venue, tuner, cateringPerHead: perHead });
  }
  return { rehearsals: plan.length, plan };
});
