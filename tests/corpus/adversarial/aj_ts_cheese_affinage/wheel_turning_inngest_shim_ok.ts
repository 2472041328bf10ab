// SDK: windmill-client 1.818.0 client.mjs: step(name, fn) runs fn once and replays its JSON from the checkpoint, so an event posted inside a step is sent once; sleep(seconds) is a durable suspension
// Ported from an Inngest function: `step.sendEvent` goes through step(), so the shim never posts from the body.
import { step, sleep, task, waitForApproval, workflow } from "windmill-client";

type Wheel = { id: string; cave: string; shelf: number; ageDays: number };

const EVENT_BUS = "https://events.affinage.example/v1/publish";

function durationSeconds(d: string): number {
  const m = /^(\d+)([smhd])$/.exec(d);
  if (!m) throw new Error(`bad duration ${d}`);
  const n = Number(m[1]);
  return n * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as "s" | "m" | "h" | "d"];
}

async function publish(name: string, data: Record<string, unknown>) {
  await fetch(EVENT_BUS, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, data }),
  });
  return name;
}

const tools = {
  sleep(_id: string, d: string) {
    return sleep(durationSeconds(d));
  },
};

const turnWheel = task(async (wheel: Wheel) => {
  const r = await fetch(`https://robots.affinage.example/caves/${wheel.cave}/turn`, {
    method: "POST",
    body: JSON.stringify({ shelf: wheel.shelf, wheel: wheel.id }),
  });
  if (!r.ok) throw new Error(`turn failed: ${r.status}`);
  return (await r.json()) as { turnedAt: string; rindScore: number };
});

export const main = workflow(async (wheels: Wheel[], cycles: number = 3) => {
  let weak = 0;
  for (let cycle = 1; cycle <= cycles; cycle++) {
    for (const wheel of wheels) {
      const turned = await turnWheel(wheel);
      if (turned.rindScore < 0.4) weak++;
    }
    await step("cycle_event", () => publish("cave/cycle.completed", { cycle, wheels: wheels.length }));
    await tools.sleep("between-cycles", "2d");
  }
  const grade = await waitForApproval({ timeout: 7 * 86400 });
  return { weak, approvedBy: grade.approver };
});
