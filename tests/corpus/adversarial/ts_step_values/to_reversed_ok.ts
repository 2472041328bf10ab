// SDK: windmill-client 1.818.0 client.mjs: toReversed() / toSorted() return new arrays and leave the input as it was; pure, in the body.
import { task, workflow } from "windmill-client";

const notify = task(async (eventId: string) => ({ eventId }));

export const main = workflow(async (events: string[], scores: number[]) => {
  const newestFirst = events.toReversed();
  const best = scores.toSorted((a, b) => b - a)[0] ?? 0;
  const sent = [];
  for (const e of newestFirst.slice(0, 3)) sent.push(await notify(e));
  return { newest: newestFirst[0], best, sent, original: events[0] };
});
