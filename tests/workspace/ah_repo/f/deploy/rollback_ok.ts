// Roll a set of services back to their last good version after a bad deploy.
import { step, workflow } from "windmill-client";
import { describeError } from "/f/shared/safe.ts";
import { currentVersion, notifyChannel, rollback } from "/f/shared/tasks.ts";

type Target = { service: string; lastGood: string };

export const main = workflow(async (targets: Target[], channel = "#deploys") => {
  const outcome: Record<string, string> = {};
  for (const t of targets) {
    const running = await currentVersion(t.service);
    if (running === t.lastGood) {
      outcome[t.service] = "already at last good";
      continue;
    }
    const done = await rollback(t.service, t.lastGood);
    outcome[t.service] = `rolled back to ${done.version}`;
  }
  const text = await step("summary", () =>
    Object.entries(outcome)
      .map(([s, o]) => `${s}: ${o}`)
      .join("\n"),
  );
  try {
    await notifyChannel(channel, text);
  } catch (err) {
    console.error("could not notify", describeError(err));
    throw err;
  }
  return outcome;
});
