// SDK: windmill-client 1.818.0: a labelled loop of tasks and server-side sleeps; attempts bounded by a constant; results read only after each task is awaited
import { sleep, task, workflow } from "windmill-client";

const MAX_ROUNDS = 3;
const TOLERANCE_KG = 5;

const readTestWeight = task(async (scaleId: string, reference: number) => {
  const res = await fetch(`https://iot.example-depot.org/scales/${scaleId}/test?ref=${reference}`);
  const { measuredKg } = (await res.json()) as { measuredKg: number };
  return measuredKg;
});

const adjustZero = task(async (scaleId: string, offsetKg: number) => {
  await fetch(`https://iot.example-depot.org/scales/${scaleId}/zero`, { method: "POST", body: JSON.stringify({ offsetKg }) });
});

const lockScale = task(async (scaleId: string, reason: string) => {
  await fetch(`https://iot.example-depot.org/scales/${scaleId}/lock`, { method: "POST", body: JSON.stringify({ reason }) });
  return "locked";
});

export const main = workflow(async (scales: string[], referenceKg: number = 10_000) => {
  const outcome: { scale: string; rounds: number; ok: boolean }[] = [];
  scales: for (const scale of scales) {
    for (let round = 1; round <= MAX_ROUNDS; round++) {
      const measured = await readTestWeight(scale, referenceKg);
      const error = measured - referenceKg;
      if (Math.abs(error) <= TOLERANCE_KG) {
        outcome.push({ scale, rounds: round, ok: true });
        continue scales;
      }
      await adjustZero(scale, -error);
      await sleep(15 * 60);
    }
    await lockScale(scale, `outside ${TOLERANCE_KG} kg after ${MAX_ROUNDS} rounds`);
    outcome.push({ scale, rounds: MAX_ROUNDS, ok: false });
  }
  return outcome;
});
