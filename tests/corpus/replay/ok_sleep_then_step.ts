// Give the upstream a minute, then notify.
import { step, sleep, workflow } from "windmill-client";

export const main = workflow(async (user: string) => {
  await sleep(60);
  return await step("notify", async () => `notified ${user}`);
});
