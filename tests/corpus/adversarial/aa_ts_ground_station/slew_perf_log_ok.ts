// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a `performance.now()` difference that only reaches console.log changes the log, not the steps or their keys.
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
  const t0 = performance.now();
  const res = await fetch(`https://acu.internal/${antenna}/pointing`);
  const body = (await res.json()) as { az: number; el: number; locked: boolean };
  return { ...body, latency_ms: Math.round(performance.now() - t0) };
});

export const main = workflow(async (antenna: string, az: number, el: number, max_polls = 12) => {
  const t0 = performance.now();
  await commandSlew(antenna, az, el);
  for (let i = 0; i < max_polls; i++) {
    const p = await readPointing(antenna);
    console.log(`poll ${i}: az=${p.az} el=${p.el} (${p.latency_ms} ms, round at ${(performance.now() - t0).toFixed(1)} ms)`);
    if (p.locked) {
      return { locked: true, polls: i + 1 };
    }
    await sleep(10);
  }
  return await step("timeout", () => ({ locked: false, reason: "max polls" }));
});
