// A task that stamps its own start.
import { task, step, workflow } from "windmill-client";

const work = task(async (id: string) => {
  const started = await step("started", () => Date.now()); // expect: WAC304
  return { id, started };
});

export const main = workflow(async (id: string) => await work(id));  // expect: WAC903
