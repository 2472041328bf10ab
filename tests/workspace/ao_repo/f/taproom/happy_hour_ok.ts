// Happy hour: pour the special on every line, then clean the first one.
import { task, workflow } from "windmill-client";
import { withRetryDurable, sanitize } from "/f/brew/kit/index.ts";

const pour = task(async (line: string, litres: number) => ({ line, litres }));

export const main = workflow(async (lines: string[], litres: number) => {
  let poured = 0;
  for (const line of lines) {
    const res = await pour(line, litres);
    poured += res.litres;
  }
  await withRetryDurable(() => sanitize(lines[0]));
  return { poured };
});
