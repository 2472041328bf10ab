import { workflow, task } from "windmill-client";
import { stamp, label } from "/f/common/clock";

const save = task(async (name: string, at: number) => ({ name, at }));

export const main = workflow(async (name: string) => {
  const at = stamp(); // expect: WAC102
  return await save(label(name), at);
});
