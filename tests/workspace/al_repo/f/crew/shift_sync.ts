// Sync the crew app's shift list with the depot roster, retrying the roster read.
import { step, taskScript, workflow } from "windmill-client";
import { attempt, runId } from "/f/rail/kit/index.ts";
import { stamp, turnLabel } from "/u/mira/stamp.ts";

const roster = taskScript("f/rail_ops/crew_roster");

export const main = workflow(async (depot: string, day: string) => {
  const current = await attempt(() => roster({ depot, day })); // expect: WAC202
  const labels = (current.turns as number[]).map((t) => turnLabel(t, depot));
  const header = `Dienstplan ${depot} ${day}, Stand ${stamp()}`; // expect: WAC102
  await step(`shifts-${runId()}`, () => ({ header, labels })); // expect: WAC102, WAC103
  return { header, labels };
});
