// SDK: windmill-client 1.818.0 client.mjs _runInlineStep(): on replay the step's fn is not run, its checkpointed value is returned; what `CraneRegistry.hold` pushes onto the static list happens only on the round that ran the step, so `CraneRegistry.held` is short on every later round
import { task, step, workflow } from "windmill-client";

type Lift = { id: string; weightT: number; radiusM: number };

class CraneRegistry {
  static readonly held: string[] = [];
  static readonly cranes = ["gantry-1", "gantry-2", "luffing-3"] as const;

  static hold(lift: Lift): string {
    const crane = lift.weightT > 120 ? "gantry-1" : lift.radiusM > 40 ? "luffing-3" : "gantry-2";
    CraneRegistry.held.push(crane);
    return crane;
  }

  static busy(crane: string): number {
    return CraneRegistry.held.filter((c) => c === crane).length;
  }
}

const bookLift = task(async (dock: string, liftId: string, crane: string, slot: number) => {
  const r = await fetch("https://cranes.drydock-ops.example/v1/bookings", {
    method: "POST",
    body: JSON.stringify({ dock, liftId, crane, slot }),
  });
  return (await r.json()) as { bookingId: string };
});

export const main = workflow(async (dock: string, lifts: Lift[]) => {
  const bookings: { liftId: string; crane: string; bookingId: string }[] = [];
  for (const lift of lifts) {
    const crane = await step("pick_crane", () => CraneRegistry.hold(lift)); // expect: WAC104
    const slot = CraneRegistry.busy(crane);
    const { bookingId } = await bookLift(dock, lift.id, crane, slot);
    bookings.push({ liftId: lift.id, crane, bookingId });
  }
  return { dock, bookings };
});
