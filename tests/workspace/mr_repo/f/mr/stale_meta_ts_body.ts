import { task, workflow } from "windmill-client";

const double = task(async (x: number) => x * 2);

export const main = workflow(async (x: string) => { // expect: WAC901
  return await double(Number(x));
});
