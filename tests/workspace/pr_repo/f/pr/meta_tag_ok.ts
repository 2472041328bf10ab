import { task, workflow } from "windmill-client";

const count = task(async (items: string[]) => items.length);

export const main = workflow(async (items: string[], label = "batch") => {
  return { label, n: await count(items) };
});
