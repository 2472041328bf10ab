// SDK: windmill-client 1.818.0 client.mjs: sleep(seconds) is the durable wait; node:timers/promises' setTimeout(ms) takes the delay first and blocks the worker every round
import timers from "node:timers/promises";
import { task, step, workflow } from "windmill-client";

type Line = { lineId: string; zone: string; lengthM: number };

const openFlushValve = task(async (lineId: string) => {
  const res = await fetch(`https://gh.verdant.example/api/lines/${lineId}/flush`, { method: "POST" });
  return { lineId, ok: res.ok };
});

const closeFlushValve = task(async (lineId: string) => {
  const res = await fetch(`https://gh.verdant.example/api/lines/${lineId}/flush`, { method: "DELETE" });
  return { lineId, ok: res.ok };
});

const measureTurbidity = task(async (lineId: string) => {
  const res = await fetch(`https://gh.verdant.example/api/lines/${lineId}/turbidity`);
  return ((await res.json()) as { ntu: number }).ntu;
});

export const main = workflow(async (lines: Line[], secondsPerMetre: number = 0.5) => {
  const report: { lineId: string; ntu: number }[] = [];
  for (const line of lines) {
    await openFlushValve(line.lineId);
    // let the debris clear before yielding to the event loop and closing again
    await timers.setTimeout(Math.ceil(line.lengthM * secondsPerMetre) * 1000); // expect: WAC101
    await new Promise((resolve) => setImmediate(resolve));
    await closeFlushValve(line.lineId);
    report.push({ lineId: line.lineId, ntu: await measureTurbidity(line.lineId) });
  }
  const dirty = await step("dirty_lines", () => report.filter((r) => r.ntu > 4).map((r) => r.lineId));
  return { report, dirty };
});
