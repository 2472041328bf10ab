// SDK: windmill-client 1.818.0 client.mjs: the body is replayed; a sync generator it spreads runs in the body, so the ids it mints from the clock change between replays and the task gets different arguments.
import { task, workflow } from "windmill-client";

const createTicket = task(async (ticketId: string, title: string) => ({ ticketId, title }));

function* ticketIds(n: number) {
  for (let i = 0; i < n; i++) yield `T-${Date.now()}-${i}`;
}

export const main = workflow(async (titles: string[]) => {
  const ids = [...ticketIds(titles.length)]; // expect: WAC102
  const out = [];
  for (let i = 0; i < titles.length; i++) out.push(await createTicket(ids[i], titles[i]));
  return out;
});
