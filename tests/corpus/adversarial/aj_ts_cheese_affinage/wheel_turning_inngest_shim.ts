// SDK: windmill-client 1.818.0 client.mjs: the body reruns from the top after every task / sleep / approval (StepSuspend); only task(), step(), sleep() and waitForApproval() are checkpointed, so a shim method that fetches directly posts again on every round
// Ported from an Inngest function: `step.run` / `step.sleep` / `step.sendEvent` kept as a small StepTools object.
import { step, sleep, task, waitForApproval, workflow } from "windmill-client";

type Wheel = { id: string; cave: string; shelf: number; ageDays: number };

const EVENT_BUS = "https://events.affinage.example/v1/publish";

function durationSeconds(d: string): number {
  const m = /^(\d+)([smhd])$/.exec(d);
  if (!m) throw new Error(`bad duration ${d}`);
  const n = Number(m[1]);
  return n * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as "s" | "m" | "h" | "d"];
}

const tools = {
  run<T>(id: string, fn: () => Promise<T>) {
    return step(id, fn);
  },
  sleep(_id: string, d: string) {
    return sleep(durationSeconds(d));
  },
  async sendEvent(name: string, data: Record<string, unknown>) {
    await fetch(EVENT_BUS, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name, data }),
    });
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

const brushRind = task(async (wheelId: string, intensity: number) => {
  const r = await fetch(`https://robots.affinage.example/brush/${wheelId}?i=${intensity}`, { method: "POST" });
  return r.ok;
});

export const main = workflow(async (wheels: Wheel[], cycles: number = 3) => {
  const log: Array<{ wheel: string; cycle: number; score: number }> = [];
  for (let cycle = 1; cycle <= cycles; cycle++) {
    for (const wheel of wheels) {
      const turned = await turnWheel(wheel);
      log.push({ wheel: wheel.id, cycle, score: turned.rindScore });
      if (turned.rindScore < 0.4) {
        await brushRind(wheel.id, 2);
      }
    }
    await tools.sendEvent("cave/cycle.completed", { cycle, wheels: wheels.length }); // expect: WAC101
    await tools.sleep("between-cycles", "2d");
  }
  const summary = await tools.run("summarise", async () => ({
    turned: log.length,
    weak: log.filter((l) => l.score < 0.4).map((l) => l.wheel),
  }));
  const grade = await waitForApproval({ timeout: 7 * 86400 });
  return { summary, approvedBy: grade.approver };
});
