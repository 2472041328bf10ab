// SDK: windmill-client 1.818.0 client.mjs: a failed task's `then` calls `reject(err)` and returns nothing, so the fallback is taken in a catch that rethrows the `StepSuspend` first
import { task, workflow } from "windmill-client";

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
    let hold: Hold;
    try {
      hold = await holdBerth(pontoon, vessel);
    } catch (e: unknown) {
      if (e instanceof Error && e.name === "StepSuspend") throw e;
      continue;
    }
    const paymentId = await chargeDeposit(bookingRef, hold.berth, nights);
    return { bookingRef, berth: hold.berth, paymentId };
  }
  return { bookingRef, berth: null, paymentId: null };
});
