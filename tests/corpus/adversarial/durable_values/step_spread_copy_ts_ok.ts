// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the step returns a new object; the body assigns it, so the value is replayed from the checkpoint.
import { sleep, step, workflow } from "windmill-client";

export const main = workflow(async (user: string) => {
  const base: Record<string, unknown> = { user };
  const profile = await step("enrich", () => ({ ...base, plan: "pro", seats: 5 }));
  await sleep(5);
  return profile;
});
