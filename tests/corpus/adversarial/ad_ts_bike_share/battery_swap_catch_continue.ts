// SDK: windmill-client 1.818.0 client.mjs: `StepSuspend` is an Error thrown from the task's `then`; `catch {}` without a binding takes it like any failure, marks the scooter failed and `continue`s to dispatch the next swap in the same round
import { task, sleep, workflow } from "windmill-client";
import pino from "pino";

const log = pino({ name: "battery-swap" });

type Scooter = { id: string; battery: number; lat: number; lng: number };

const lowBatteryScooters = task(async (zone: string, threshold: number): Promise<Scooter[]> => {
  const r = await fetch(`https://fleet.citycycle.example/zones/${zone}/scooters?battery_lt=${threshold}`);
  return (await r.json()) as Scooter[];
});

const dispatchSwap = task(async (scooterId: string, crewId: string) => {
  const r = await fetch("https://fleet.citycycle.example/swaps", {
    method: "POST",
    body: JSON.stringify({ scooterId, crewId }),
  });
  if (r.status === 409) throw new Error(`scooter ${scooterId} already being serviced`);
  return (await r.json()).swapId as string;
});

const confirmSwap = task(async (swapId: string) => {
  const r = await fetch(`https://fleet.citycycle.example/swaps/${swapId}`);
  return ((await r.json()) as { state: "done" | "open" | "failed" }).state;
});

export const main = workflow(async (zone: string, crewId: string, threshold = 15) => {
  const scooters = await lowBatteryScooters(zone, threshold);
  const swaps: string[] = [];
  const failed: string[] = [];
  for (const s of scooters) {
    try {
      swaps.push(await dispatchSwap(s.id, crewId));
    } catch { // expect: WAC202
      failed.push(s.id);
      log.warn({ scooter: s.id }, "swap dispatch failed, skipping");
      continue;
    }
  }
  await sleep(45 * 60);
  const states = await Promise.all(swaps.map((id) => confirmSwap(id)));
  return { dispatched: swaps.length, done: states.filter((x) => x === "done").length, failed };
});
