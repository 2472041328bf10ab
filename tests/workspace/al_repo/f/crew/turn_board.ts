// Tell riders of the depot's line when the listed turns start within the hour.
import { taskScript, workflow } from "windmill-client";
import { turnLabel } from "../../u/mira/stamp.ts";
import { paths, shiftClock } from "../rail/kit/index.ts";

const notify = taskScript(paths.Scripts.notify);

export const main = workflow(async (depot: string, turns: number[], startsAt: string) => {
  const minutesLeft = (Date.parse(startsAt) - shiftClock.now()) / 60000; // expect: WAC102
  const labels = turns.map((t) => turnLabel(t, depot));
  if (minutesLeft < 60) {
    await notify({ line: depot, message: `Turns ${labels.join(", ")} start soon`, severity: 2 }); // expect: WAC402
  }
  return { labels, startsHour: shiftClock.hourOf(startsAt) };
});
