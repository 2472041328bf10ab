// SDK: windmill-client 1.818.0 client.mjs: some does not await its predicate; the first async predicate returns a Promise (truthy), so `some` is always true and the task's result is never read.
import { task, workflow } from "windmill-client";

const scan = task(async (file: string) => ({ file, infected: false }));
const quarantine = task(async (files: string[]) => ({ quarantined: files.length }));

export const main = workflow(async (files: string[]) => {
  const infected = files.some(async (f) => (await scan(f)).infected); // expect: WAC106
  if (infected) return await quarantine(files);
  return { quarantined: 0 };
});
