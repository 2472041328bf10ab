// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round with the same inputs; parsing an input date and iterating Object.keys of the input (insertion order) give the same values and keys every replay.
import { sleep, task, workflow } from "windmill-client";

const notify = task(async (team: string, when: string) => ({ team, when }));

export const main = workflow(async (input: { when: string; teams: Record<string, string[]> }) => {
  const when = new Date(input.when);
  const epoch = Date.parse(input.when);
  const noon = new Date(Date.UTC(when.getUTCFullYear(), when.getUTCMonth(), when.getUTCDate(), 12));
  const sent = [];
  for (const team of Object.keys(input.teams)) sent.push(await notify(team, noon.toISOString()));
  await sleep(60);
  return { sent, epoch };
});
