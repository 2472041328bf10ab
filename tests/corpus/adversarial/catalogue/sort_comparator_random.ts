// SDK: windmill-client 1.818.0 client.mjs workflow(): random values must go through step(); a sort comparator the body runs draws new ones each replay.
import { task, workflow } from "windmill-client";

const notify = task(async (user: string) => ({ user, sent: true }));

export const main = workflow(async (users: string[]) => {
  const order = [...users].sort(() => Math.random() - 0.5); // expect: WAC102
  const sent = [];
  for (const u of order) sent.push(await notify(u));
  return { order, sent: sent.length };
});
