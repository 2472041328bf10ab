import { task, workflow } from "windmill-client";

const double = task(async (x: number) => x * 2);

export const main = workflow(async (a: string, b = 2) => {
  return await double(b);
});
