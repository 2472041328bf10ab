// SDK: windmill-client 1.818.0 client.mjs/wacError.mjs: the guard rethrows anything that is not an Error named "TaskError" (what `taskErrorFromMarker` builds for a failed task), so the `StepSuspend` from the task's `then` leaves the body
import { task, sleep, workflow } from "windmill-client";
import pino from "pino";

const log = pino({ name: "battery-swap" });

type Scooter = { id: string; battery: number; lat: number; lng: number };
type TaskFailure = Error & { name: "TaskError"; step_key?: string };

function isTaskFailure(e: unknown): e is TaskFailure {
  return e instanceof Error && e.name === "TaskError";
}

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
    } catch (e) {
      if (!isTaskFailure(e)) throw e;
      failed.push(s.id);
      log.warn({ scooter: s.id, step: e.step_key }, "swap dispatch failed, skipping");
      continue;
    }
  }
  await sleep(45 * 60);
  const states = await Promise.all(swaps.map((id) => confirmSwap(id)));
  return { dispatched: swaps.length, done: states.filter((x) => x === "done").length, failed };
});
