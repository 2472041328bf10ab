// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: Array.prototype.sort sorts in place; the step is not re-run on replay, so after the sleep the array is unsorted again.
import { sleep, step, workflow } from "windmill-client";

export const main = workflow(async (scores: number[]) => {
  const ranked = [...scores];
  await step("rank", () => ranked.sort((a, b) => b - a)); // expect: WAC104
  await sleep(10);
  return ranked.slice(0, 3);
});
