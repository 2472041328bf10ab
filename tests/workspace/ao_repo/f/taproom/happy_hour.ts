// Happy hour: pour the special on every line, then clean the first one.
import { task, workflow } from "windmill-client";
import { countPour, pours } from "/f/brew/kit/counters.ts";
import { quietly, sanitize } from "/f/brew/kit/index.ts";

const pour = task(async (line: string, litres: number) => {
  countPour(litres); // expect: WAC104
  return { line, litres };
});

export const main = workflow(async (lines: string[], litres: number) => {
  for (const line of lines) {
    await pour(line, litres);
  }
  await quietly(sanitize(lines[0])); // expect: WAC202
  return { poured: pours };
});
