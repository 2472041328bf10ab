// SDK: windmill-client 1.818.0 index.js `sleep(seconds)` rounds its argument as seconds; `Temporal.Duration#total("seconds")` gives the 45 minutes as 2700 seconds, and the duration is built from literals (no clock)
import { sleep, task, workflow } from "windmill-client";
import { Temporal } from "@js-temporal/polyfill";

const COOL_DOWN = Temporal.Duration.from({ minutes: 45 });

const openLehr = task(async function openLehr(lehrId: string) {
  await fetch(`https://kilns.emberglass.example/api/lehrs/${lehrId}/open`, { method: "POST" });
  return { opened: true };
});

const inspectBatch = task(async function inspectBatch(batchId: string) {
  const r = await fetch(`https://qa.emberglass.example/api/batches/${batchId}/inspect`, { method: "POST" });
  return (await r.json()) as { passed: number; rejected: number };
});

export const main = workflow(async (batchId: string, lehrId: string) => {
  await openLehr(lehrId);
  await sleep(COOL_DOWN.total("seconds"));
  return await inspectBatch(batchId);
});
