// SDK: windmill-client 1.818.0 step() and task results are JSON round-tripped, so a Date comes back as its ISO string; new Date(await step(...)) rebuilds it (the SDK's Jsonified<Date> is a string)
import { sleep, step, task, workflow } from "windmill-client";

const nextGroomingWindow = task(async (mountain: string) => {
  const res = await fetch(`https://ops.resort.example/${mountain}/grooming-window`);
  const { start } = (await res.json()) as { start: string };
  return new Date(start);
});

const startGrooming = task(async (mountain: string, at: string) => {
  const res = await fetch(`https://ops.resort.example/${mountain}/grooming`, { method: "POST", body: JSON.stringify({ at }) });
  return res.ok;
});

export const main = workflow(async (mountain: string, leadMinutes = 15) => {
  const now = new Date(await step("now", () => new Date()));
  const windowStart = new Date(await nextGroomingWindow(mountain));
  const waitS = Math.max(0, Math.floor((windowStart.getTime() - now.getTime()) / 1000) - leadMinutes * 60);
  if (waitS > 0) await sleep(waitS);
  const started = await startGrooming(mountain, windowStart.toISOString());
  return { started, windowStart: windowStart.toISOString(), waitedSeconds: waitS };
});
