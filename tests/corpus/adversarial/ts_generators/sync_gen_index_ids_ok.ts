// SDK: windmill-client 1.818.0 client.mjs: ids derived from the inputs are the same on every replay.
import { task, workflow } from "windmill-client";

const createTicket = task(async (ticketId: string, title: string) => ({ ticketId, title }));

function* ticketIds(prefix: string, n: number) {
  for (let i = 0; i < n; i++) yield `${prefix}-${i}`;
}

export const main = workflow(async (runKey: string, titles: string[]) => {
  const ids = [...ticketIds(runKey, titles.length)];
  const out = [];
  for (let i = 0; i < titles.length; i++) out.push(await createTicket(ids[i], titles[i]));
  return out;
});
