// SDK: windmill-client 1.818.0 index.js: `sleep(seconds)` -> `_sleep` suspends for `Math.max(1, Math.round(seconds))` seconds; the shim converts Restate's milliseconds to seconds before calling it
// Restate port: `await ctx.sleep(20 * 60 * 1000)` kept as written, through a shim that converts.
import { sleep, task, workflow } from "windmill-client";

const ctx = {
  sleep: (ms: number) => sleep(ms / 1000),
};

const checkSwell = task(async function checkSwell(port: string) {
  const r = await fetch(`https://met.harbour.example/api/${port}/swell`);
  return ((await r.json()) as { metres: number }).metres;
});

export const main = workflow(async (port: string, maxSwellM: number = 2.5) => {
  let swell = await checkSwell(port);
  for (let i = 0; i < 6 && swell > maxSwellM; i++) {
    await ctx.sleep(20 * 60 * 1000);
    swell = await checkSwell(port);
  }
  return { port, swell, cleared: swell <= maxSwellM };
});
