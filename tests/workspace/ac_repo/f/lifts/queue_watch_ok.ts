// Queue watch: flags come in as an input, waits are kept by the workflow itself.
import { sleep, task, workflow } from "windmill-client";
import { longest } from "../common/queue_stats.ts";

const cameraWait = task(async (liftId: string): Promise<number> => {
  const res = await fetch(`https://cams.resort.example/${liftId}/wait`);
  return ((await res.json()) as { minutes: number }).minutes;
});

const openOverflow = task(async (liftId: string) => {
  await fetch(`https://ops.resort.example/api/overflow/${liftId}`, { method: "POST" });
});

export const main = workflow(
  async (lifts: string[], enabledFlags: string[], rounds: number = 8, thresholdMin: number = 20) => {
    const waits: Record<string, number> = {};
    for (let round = 0; round < rounds; round++) {
      for (const liftId of lifts) {
        const minutes = await cameraWait(liftId);
        waits[liftId] = minutes;
        if (minutes > thresholdMin && enabledFlags.includes("overflow")) await openOverflow(liftId);
      }
      if (round < rounds - 1) await sleep(900);
    }
    return { tracked: Object.keys(waits).length, worst: longest(waits) };
  },
);
