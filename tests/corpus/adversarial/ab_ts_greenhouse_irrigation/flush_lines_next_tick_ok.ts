// SDK: windmill-client 1.818.0 client.mjs: sleep(seconds) suspends durably; a zero-delay timer only yields to the event loop, it waits for nothing
import { task, step, sleep, workflow } from "windmill-client";

type Line = { lineId: string; zone: string; lengthM: number };

const openFlushValve = task(async (lineId: string) => {
  const res = await fetch(`https://gh.verdant.example/api/lines/${lineId}/flush`, { method: "POST" });
  return { lineId, ok: res.ok };
});

const closeFlushValve = task(async (lineId: string) => {
  const res = await fetch(`https://gh.verdant.example/api/lines/${lineId}/flush`, { method: "DELETE" });
  return { lineId, ok: res.ok };
});

const yieldToLoop = () => new Promise<void>((resolve) => setTimeout(resolve));

export const main = workflow(async (lines: Line[], secondsPerMetre: number = 0.5) => {
  const flushed: string[] = [];
  for (const line of lines) {
    await openFlushValve(line.lineId);
    await sleep(Math.ceil(line.lengthM * secondsPerMetre));
    await yieldToLoop();
    const closed = await closeFlushValve(line.lineId);
    if (closed.ok) flushed.push(line.lineId);
  }
  return { flushed };
});
