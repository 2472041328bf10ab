// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: Object.assign on the body's object inside the step is lost once the step is checkpointed and the body replays.
import { sleep, step, workflow } from "windmill-client";

export const main = workflow(async (user: string) => {
  const profile: Record<string, unknown> = { user };
  await step("enrich", () => {
    Object.assign(profile, { plan: "pro", seats: 5 }); // expect: WAC104
    return true;
  });
  await sleep(5);
  return profile;
});
