// A JavaScript Set keeps insertion order, so this order is stable.
import { task, workflow } from "windmill-client";

const notify = task(async (user: string) => `notified ${user}`);

export const main = workflow(async (users: string[]) => {
  const out: string[] = [];
  for (const u of new Set(users)) {
    out.push(await notify(u));
  }
  return out;
});
