// A step callback that only reads outer variables.
import { task, step, workflow } from "windmill-client";

const notify = task(async (user: string) => `notified ${user}`);

export const main = workflow(async (users: string[]) => {
  const limit = 10;
  const chosen = await step("dedupe", () => [...new Set(users)].slice(0, limit));
  const out: string[] = [];
  for (const u of chosen) {
    out.push(await notify(u));
  }
  return out;
});
