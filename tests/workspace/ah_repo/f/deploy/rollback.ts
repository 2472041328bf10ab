// Roll a set of services back to their last good version after a bad deploy.
import { step, workflow } from "windmill-client";
import { attempt, describeError } from "/f/shared/safe.ts";
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
    // one failed rollback must not block the rest
    const done = await attempt(() => rollback(t.service, t.lastGood), `rollback ${t.service}`); // expect: WAC202
    outcome[t.service] = done ? `rolled back to ${done.version}` : "rollback failed";
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
