import { task, workflow } from "windmill-client";

const double = task(async (n: number) => n * 2);

export const main = workflow(async (count: number, label: string, dryRun = false) => {
  const doubled = await double(count);
  return { doubled, label, dryRun };
});
