// A task that does its own work; the body checkpoints the stamp.
import { task, step, workflow } from "windmill-client";

const work = task(async (id: string, started: number) => ({ id, started }));

export const main = workflow(async (id: string) => {
  const started = await step("started", () => Date.now());
  return await work(id, started);
});
