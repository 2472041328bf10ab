// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: Map.set on the body's map runs only in the round that ran the step.
import { sleep, step, workflow } from "windmill-client";

export const main = workflow(async (ids: string[]) => {
  const seen = new Map<string, number>();
  for (const id of ids) {
    await step("score", () => seen.set(id, id.length)); // expect: WAC104
  }
  await sleep(5);
  return Object.fromEntries(seen);
});
