// Put a new beer on a tap line and tell the taproom.
import { step, task, taskScript, workflow } from "windmill-client";
import { clock, withRetryDurable } from "/f/brew/kit/index.ts";
import type { TapLine } from "/f/brew/kit/index.ts";

const notifyTaproom = taskScript("f/brew_ops/notify_taproom");

const pour = task(async (line: string, beer: string) => ({ line, beer }));

export const main = workflow(async (line: string, beer: string) => {
  const base = clock.lotCode(beer);
  const lot = await step("lot", () => clock.lotCode(beer, { stamp: true }));
  const poured = await pour(line, beer);
  await withRetryDurable(() => notifyTaproom({ message: `${beer} is on ${line} (lot ${lot})` }));
  const now: TapLine = { line: poured.line, beer: poured.beer };
  return { ...now, base };
});
