// SDK: windmill-client 1.818.0 client.mjs step(): the name first holds a fixed string and is then replaced by the checkpointed clock.
import { step, task, workflow } from "windmill-client";

const report = task(async (since: string) => ({ since }));

export const main = workflow(async () => {
  let since = "1970-01-01T00:00:00Z";
  since = await step("since", () => new Date(Date.now() - 86_400_000).toISOString());
  return await report(since);
});
