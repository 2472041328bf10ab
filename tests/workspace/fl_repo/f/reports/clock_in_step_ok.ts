import { workflow, step, task } from "windmill-client";
import { stamp, label } from "../common/clock.ts";

const save = task(async (name: string, at: number) => ({ name, at }));

export const main = workflow(async (name: string) => {
  const at = await step("at", () => stamp());
  return await save(label(name), at);
});
