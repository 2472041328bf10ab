// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: sorting a copy made inside the step and returning it is checkpointed.
import { sleep, step, workflow } from "windmill-client";

export const main = workflow(async (scores: number[]) => {
  const ranked = await step("rank", () => [...scores].sort((a, b) => b - a));
  await sleep(10);
  return ranked.slice(0, 3);
});
