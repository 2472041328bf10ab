// SDK: windmill-client 1.818.0 client.mjs: Array.prototype.reverse reverses in place; inside a step callback it changes `events` only in the round that ran it, so replays notify in the other order.
import { step, task, workflow } from "windmill-client";

const notify = task(async (eventId: string) => ({ eventId }));

export const main = workflow(async (events: string[]) => {
  const newestFirst = await step("newest_first", () => events.reverse()); // expect: WAC104
  const sent = [];
  for (const e of events.slice(0, 3)) sent.push(await notify(e));
  return { newest: newestFirst[0], sent };
});
