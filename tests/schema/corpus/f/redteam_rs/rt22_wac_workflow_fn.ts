import { task, workflow } from "windmill-client";

const t = task(async function step1(x: number) {
  return x;
});

export const main = workflow(async function run(
  count: number = 3,
  names: string[] = ["a"],
  opts?: { retries: number },
) {
  return t(count);
});
