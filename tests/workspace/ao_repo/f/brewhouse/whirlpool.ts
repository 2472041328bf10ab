// Whirlpool, rest, then chill the wort to pitching temperature.
import { sleep, step, workflow } from "windmill-client";
import { chill, withRetry } from "/f/brew/kit/index.ts";

export const main = workflow(async (batchId: string, minutes: number, pitchC: number = 18) => {
  await step("whirlpool", () => ({ batchId, minutes }));
  await sleep(minutes * 60);
  const first = await chill(batchId); // expect: WAC402
  const second = await withRetry(() => chill(batchId, pitchC)); // expect: WAC202
  return { first, second };
});
