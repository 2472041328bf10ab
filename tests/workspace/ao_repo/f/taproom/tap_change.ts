// Put a new beer on a tap line and tell the taproom.
import { task, taskScript, workflow } from "windmill-client";
import { clock, taplist, withRetry } from "/f/brew/kit/index.ts";
import type { TapLine } from "/f/brew/kit/index.ts";

const notifyTaproom = taskScript("f/brew_ops/notify_taproom");

const pour = task(async (line: string, beer: string) => {
  taplist.pour(line, beer); // expect: WAC104
  return { line, beer };
});

export const main = workflow(async (line: string, beer: string) => {
  const lot = clock.lotCode(beer, { stamp: true }); // expect: WAC102
  await pour(line, beer);
  await withRetry(() => notifyTaproom({ message: `${beer} is on ${line} (lot ${lot})` })); // expect: WAC202
  const now: TapLine = { line, beer: taplist.current(line) };
  return now;
});
