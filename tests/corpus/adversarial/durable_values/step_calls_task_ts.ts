// SDK: windmill-client 1.818.0 client.mjs: a task started inside a step's function allocates its key inside the step; on replay the checkpointed step skips it and later keys shift.
import { step, task, workflow } from "windmill-client";

const enrich = task(async (userId: string) => ({ id: userId }));

export const main = workflow(async (userId: string) => {
  const profile = await step("profile", async () => await enrich(userId)); // expect: WAC304
  return profile;
});
