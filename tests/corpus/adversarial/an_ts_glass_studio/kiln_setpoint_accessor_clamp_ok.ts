// SDK: windmill-client 1.818.0 index.js: the body re-runs after each task; the TC39 auto-accessor decorator `@clamped` only bounds the value in memory (no I/O, same result every round), and the controller is told in the `applySetpoint` task
import { sleep, task, workflow } from "windmill-client";

const CONTROLLER = "https://kilns.emberglass.example/api";

function clamped(min: number, max: number) {
  return function <This>(
    target: ClassAccessorDecoratorTarget<This, number>,
    _context: ClassAccessorDecoratorContext<This, number>,
  ): ClassAccessorDecoratorResult<This, number> {
    return {
      get() {
        return target.get.call(this);
      },
      set(value: number) {
        target.set.call(this, Math.min(max, Math.max(min, value)));
      },
    };
  };
}

class KilnPlan {
  constructor(readonly id: string) {}

  @clamped(380, 560) accessor setpoint = 0; // expect: WAC903
}

const loadSchedule = task(async function loadSchedule(pieceId: string) {
  const r = await fetch(`${CONTROLLER}/schedules/${pieceId}`);
  return (await r.json()) as { kilnId: string; annealC: number; soakSeconds: number };
});

const applySetpoint = task(async function applySetpoint(kilnId: string, value: number) {
  await fetch(`${CONTROLLER}/kilns/${kilnId}/setpoint`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ value }),
  });
  return { applied: value };
});

export const main = workflow(async (pieceId: string) => {
  const schedule = await loadSchedule(pieceId);
  const plan = new KilnPlan(schedule.kilnId);
  plan.setpoint = schedule.annealC;
  await applySetpoint(plan.id, plan.setpoint);
  await sleep(schedule.soakSeconds);
  return { pieceId, kiln: plan.id, setpoint: plan.setpoint };
});
