// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; the TC39 auto-accessor decorator `@remote` replaces the accessor's `set` with one that PUTs the value to the kiln controller, so `kiln.setpoint = ...` in the body sends the request in every round
import { sleep, task, workflow } from "windmill-client";

const CONTROLLER = "https://kilns.emberglass.example/api";

function remote<This extends { id: string }>(
  target: ClassAccessorDecoratorTarget<This, number>,
  context: ClassAccessorDecoratorContext<This, number>,
): ClassAccessorDecoratorResult<This, number> {
  return {
    get() {
      return target.get.call(this);
    },
    set(value: number) {
      target.set.call(this, value);
      void fetch(`${CONTROLLER}/kilns/${this.id}/${String(context.name)}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ value }),
      });
    },
  };
}

class Kiln {
  constructor(readonly id: string) {}

  @remote accessor setpoint = 0; // expect: WAC903
}

const loadSchedule = task(async function loadSchedule(pieceId: string) {
  const r = await fetch(`${CONTROLLER}/schedules/${pieceId}`);
  return (await r.json()) as { kilnId: string; annealC: number; soakSeconds: number };
});

const logFiring = task(async function logFiring(pieceId: string, kilnId: string, annealC: number) {
  await fetch(`${CONTROLLER}/firings`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ pieceId, kilnId, annealC }),
  });
  return { logged: true };
});

export const main = workflow(async (pieceId: string) => {
  const schedule = await loadSchedule(pieceId);
  const kiln = new Kiln(schedule.kilnId);
  kiln.setpoint = schedule.annealC; // expect: WAC101
  await sleep(schedule.soakSeconds);
  await logFiring(pieceId, schedule.kilnId, schedule.annealC);
  return { pieceId, kiln: kiln.id, setpoint: kiln.setpoint };
});
