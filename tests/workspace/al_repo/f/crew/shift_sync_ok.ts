// Sync the crew app's shift list with the depot roster, retrying the roster read.
import { step, taskScript, workflow } from "windmill-client";
import { attemptDurable } from "/f/rail/kit/index.ts";
import { stamp, turnLabel } from "/u/mira/stamp.ts";

const roster = taskScript("f/rail_ops/crew_roster");

export const main = workflow(async (depot: string, day: string) => {
  const current = await attemptDurable(() => roster({ depot, day }));
  const labels = (current.turns as number[]).map((t) => turnLabel(t, depot));
  const header = await step("header", () => `Dienstplan ${depot} ${day}, Stand ${stamp()}`);
  await step("shifts", () => ({ header, labels }));
  return { header, labels };
});
