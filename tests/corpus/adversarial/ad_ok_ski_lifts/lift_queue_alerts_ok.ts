// SDK: windmill-client 1.818.0 a catch that tests e?.name === "StepSuspend" and rethrows first; Object.entries over a literal-keyed record keeps insertion order
import { sleep, step, task, workflow } from "windmill-client";

type QueueReading = { lift: string; waitMinutes: number };

const THRESHOLDS: Record<string, number> = { gondola: 20, "express-6": 15, "summit-t": 10 };
const SIGNAGE = "https://signage.resort.example/api";

const readQueue = task(async (lift: string): Promise<QueueReading> => {
  const res = await fetch(`https://queues.resort.example/lifts/${lift}`);
  if (!res.ok) throw new Error(`queue sensor ${lift}: ${res.status}`);
  const { minutes } = (await res.json()) as { minutes: number };
  return { lift, waitMinutes: minutes };
});

const showAlternative = task(async (lift: string, message: string) => {
  await fetch(`${SIGNAGE}/boards/${lift}`, { method: "PUT", body: JSON.stringify({ message }) });
  return { lift, message };
});

function suggestion(lift: string, readings: QueueReading[]): string {
  const best = readings.filter((r) => r.lift !== lift).toSorted((a, b) => a.waitMinutes - b.waitMinutes)[0];
  return best ? `Shorter wait at ${best.lift}: ${best.waitMinutes} min` : "All lifts busy";
}

export const main = workflow(async (rounds: number = 8, intervalMinutes: number = 15) => {
  const shown: { lift: string; message: string }[] = [];
  const errors: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const readings: QueueReading[] = [];
    for (const [lift, limit] of Object.entries(THRESHOLDS)) {
      try {
        const r = await readQueue(lift);
        readings.push(r);
        if (r.waitMinutes > limit) shown.push(await showAlternative(lift, suggestion(lift, readings)));
      } catch (e) {
        if ((e as { name?: string })?.name === "StepSuspend") throw e;
        errors.push(`${lift}: ${(e as Error).message}`);
      }
    }
    await sleep(intervalMinutes * 60);
  }
  const finishedAt = await step("finished_at", () => new Date().toISOString());
  return { shown, errors, finishedAt };
});
