// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is an Error; this handler logs it, sets an exit code and returns null, so the suspension is swallowed.
import { task, workflow } from "windmill-client";

const publish = task(async (slug: string) => ({ slug, live: true }));

export const main = workflow(async (slug: string) => {
  try {
    return await publish(slug);
  } catch (e) { // expect: WAC202
    console.error("publish failed", e);
    process.exitCode = 1;
    return null;
  }
});
