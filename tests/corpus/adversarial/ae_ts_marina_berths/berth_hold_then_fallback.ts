// SDK: windmill-client 1.818.0 client.mjs: a failed task's checkpoint gives `{ then: (_resolve, reject) => { ...; reject(err) } }`, which returns nothing: `task(x).then(ok, onRejected)` awaits `undefined` when the task failed, and `outcome.held` is a TypeError
import { task, workflow } from "windmill-client";

// Ported from a Temporal workflow: activities became tasks, and the old
// `.catch` of the activity promise became the two-argument `then`.
type Vessel = { name: string; loaM: number; beamM: number; draftM: number };
type Hold = { berth: string; until: string };

const holdBerth = task(async (pontoon: string, vessel: Vessel): Promise<Hold> => {
  const r = await fetch(`https://harbour.portobelo-marina.example/pontoons/${pontoon}/holds`, {
    method: "POST",
    body: JSON.stringify(vessel),
  });
  if (r.status === 409) throw new Error(`no berth on ${pontoon} for ${vessel.loaM} m`);
  return await r.json();
});

const chargeDeposit = task(async (bookingRef: string, berth: string, nights: number) => {
  const r = await fetch("https://pay.portobelo-marina.example/deposits", {
    method: "POST",
    body: JSON.stringify({ bookingRef, berth, amountCents: nights * 4_500 }),
  });
  return (await r.json()).paymentId as string;
});

const PONTOONS = ["A", "B", "C", "D"] as const;

export const main = workflow(async (bookingRef: string, vessel: Vessel, nights: number) => {
  for (const pontoon of PONTOONS) {
    if (pontoon === "A" && vessel.loaM > 12) continue;
    const outcome = await holdBerth(pontoon, vessel).then( // expect: WAC301
      (hold) => ({ held: true as const, hold }),
      (err: Error) => ({ held: false as const, reason: err.message }),
    );
    if (!outcome.held) continue;
    const paymentId = await chargeDeposit(bookingRef, outcome.hold.berth, nights);
    return { bookingRef, berth: outcome.hold.berth, paymentId };
  }
  return { bookingRef, berth: null, paymentId: null };
});
