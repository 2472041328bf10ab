// SDK: windmill-client 1.818.0 client.mjs: the body re-runs from the top each round, so `performance.now()` restarts and the budget check takes a different branch on replay.
import { task, sleep, step, workflow } from "windmill-client";

const commandSlew = task(async function commandSlew(antenna: string, az: number, el: number) {
  const res = await fetch(`https://acu.internal/${antenna}/slew`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ az, el }),
  });
  return (await res.json()) as { accepted: boolean };
});

const readPointing = task(async function readPointing(antenna: string) {
  const res = await fetch(`https://acu.internal/${antenna}/pointing`);
  return (await res.json()) as { az: number; el: number; locked: boolean };
});

export const main = workflow(async (antenna: string, az: number, el: number, budget_ms = 90_000) => {
  const started = performance.now(); // expect: WAC102
  await commandSlew(antenna, az, el);
  for (let i = 0; i < 12; i++) {
    const p = await readPointing(antenna);
    if (p.locked) {
      return { locked: true, polls: i + 1 };
    }
    if (performance.now() - started > budget_ms) { // expect: WAC102
      return { locked: false, reason: "slew budget exceeded" };
    }
    await sleep(10);
  }
  return await step("timeout", () => ({ locked: false, reason: "max polls" }));
});
