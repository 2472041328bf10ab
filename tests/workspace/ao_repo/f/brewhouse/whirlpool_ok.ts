// Whirlpool, rest, then chill the wort to pitching temperature.
import { sleep, step, workflow } from "windmill-client";
import { chill, withRetryDurable } from "/f/brew/kit/index.ts";

export const main = workflow(async (batchId: string, minutes: number, pitchC: number = 18) => {
  await step("whirlpool", () => ({ batchId, minutes }));
  await sleep(minutes * 60);
  const first = await chill(batchId, pitchC);
  const second = await withRetryDurable(() => chill(batchId, pitchC - 2));
  return { first, second };
});
