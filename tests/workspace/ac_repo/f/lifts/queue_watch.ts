// Queue watch: every 15 minutes read the lift-line cameras, keep the waits, and open
// the overflow lane where a wait passes the threshold.
import { sleep, step, task, workflow } from "windmill-client";
import { FLAGS, enabled } from "../common/flags.ts"; // expect: WAC101
import { longest, track, trackedCount } from "../common/queue_stats.ts";

const cameraWait = task(async (liftId: string): Promise<number> => {
  const res = await fetch(`https://cams.resort.example/${liftId}/wait`);
  return ((await res.json()) as { minutes: number }).minutes;
});

const openOverflow = task(async (liftId: string) => {
  await fetch(`https://ops.resort.example/api/overflow/${liftId}`, { method: "POST" });
});

export const main = workflow(async (lifts: string[], rounds: number = 8, thresholdMin: number = 20) => {
  const waits: Record<string, number> = {};
  for (let round = 0; round < rounds; round++) {
    for (const liftId of lifts) {
      const minutes = await cameraWait(liftId);
      waits[liftId] = await step(`wait_${round}_${liftId}`, () => track(liftId, minutes)); // expect: WAC104, WAC103
      if (minutes > thresholdMin && enabled("overflow", FLAGS)) await openOverflow(liftId);
    }
    if (round < rounds - 1) await sleep(900);
  }
  return { tracked: trackedCount(), worst: longest(waits) };
});
