// SDK: windmill-client 1.818.0: Promise.all over an async map that awaits two tasks per item awaits every task; sleep(seconds) given a number computed from a step's clock and the input; a catch that rethrows `instanceof StepSuspend` first, then only handles one business error and rethrows the rest, passes the suspension
import { StepSuspend, sleep, step, task, workflow } from "windmill-client";
import * as wmill from "windmill-client";

type Positioning = { crewId: string; from: string; to: string; needBy: string };
type Seat = { flight: string; departs: string; arrives: string; cabin: "J" | "Y" };

const RES = "https://res.example-air.com/api";
const HOLD_OPEN_SECONDS = 2 * 3600;

const searchSeats = task(async (p: Positioning): Promise<Seat[]> => {
  const r = await fetch(`${RES}/deadhead/search?from=${p.from}&to=${p.to}&arriveBy=${encodeURIComponent(p.needBy)}`);
  if (!r.ok) throw new Error(`search ${r.status}`);
  return (await r.json()) as Seat[];
});

const holdSeat = task(async (crewId: string, seat: Seat): Promise<{ pnr: string; seat: Seat }> => {
  const token = await wmill.getVariable("f/crew/res_token");
  const r = await fetch(`${RES}/deadhead/hold`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ crewId, flight: seat.flight, cabin: seat.cabin }),
  });
  if (r.status === 409) throw new Error(`sold out: ${seat.flight}`);
  if (!r.ok) throw new Error(`hold ${r.status}`);
  return { pnr: ((await r.json()) as { pnr: string }).pnr, seat };
});

const ticket = task(async (pnr: string) => {
  const r = await fetch(`${RES}/pnr/${pnr}/ticket`, { method: "POST" });
  if (!r.ok) throw new Error(`ticket ${r.status}`);
  return ((await r.json()) as { ticket: string }).ticket;
});

function best(seats: Seat[], needBy: string): Seat | undefined {
  const deadline = Date.parse(needBy);
  return seats
    .filter((s) => Date.parse(s.arrives) <= deadline - 60 * 60_000)
    .sort((a, b) => (a.cabin === b.cabin ? a.departs.localeCompare(b.departs) : a.cabin === "J" ? -1 : 1))[0];
}

export const main = workflow(async (moves: Positioning[], ticketAfter?: string) => {
  const held = await Promise.all(
    moves.map(async (m) => {
      const seats = await searchSeats(m);
      const pick = best(seats, m.needBy);
      if (!pick) return { crewId: m.crewId, pnr: null as string | null, flight: null as string | null };
      try {
        const h = await holdSeat(m.crewId, pick);
        return { crewId: m.crewId, pnr: h.pnr as string | null, flight: h.seat.flight as string | null };
      } catch (e) {
        if (e instanceof StepSuspend) throw e;
        if (e instanceof Error && /sold out/.test(e.message)) {
          return { crewId: m.crewId, pnr: null, flight: null };
        }
        throw e;
      }
    }),
  );

  if (ticketAfter) {
    const nowMs = await step("now_ms", () => Date.now());
    const waitS = Math.min(HOLD_OPEN_SECONDS, Math.max(0, Math.ceil((Date.parse(ticketAfter) - nowMs) / 1000)));
    if (waitS > 0) await sleep(waitS);
  }

  const tickets: Record<string, string> = {};
  try {
    for (const h of held) {
      if (h.pnr) tickets[h.crewId] = await ticket(h.pnr);
    }
  } finally {
    console.log(`ticketed ${Object.keys(tickets).length} of ${held.length}`);
  }
  return { held, tickets, unbooked: held.filter((h) => !h.pnr).map((h) => h.crewId) };
});
