// SDK: windmill-client 1.818.0 client.mjs: an un-awaited async helper starts its tasks but its promise (their results and failures) is never observed by the workflow.
import { task, workflow } from "windmill-client";

const notifyWatcher = task(async (user: string, ticketId: string) => ({ user, ticketId, sent: true }));
const closeTicket = task(async (ticketId: string, resolution: string) => ({ ticketId, resolution }));

async function notifyWatchers(users: string[], ticketId: string) {
  for (const user of users) await notifyWatcher(user, ticketId);
  return users.length;
}

export const main = workflow(async (ticketId: string, watchers: string[]) => {
  const closed = await closeTicket(ticketId, "fixed");
  notifyWatchers(watchers, ticketId); // expect: WAC106
  return closed;
});
