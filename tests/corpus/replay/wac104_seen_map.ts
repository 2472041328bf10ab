// Deduplication map filled from inside a step.
import { task, step, workflow } from "windmill-client";

const notify = task(async (user: string) => `notified ${user}`);

export const main = workflow(async (users: string[]) => {
  const seen: Record<string, boolean> = {};
  await step("dedupe", () => {
    for (const u of users) {
      seen[u] = true; // expect: WAC104
    }
    return Object.keys(seen).length;
  });
  const out: string[] = [];
  for (const u of Object.keys(seen)) {
    out.push(await notify(u));
  }
  return out;
});
