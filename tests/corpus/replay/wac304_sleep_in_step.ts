// Give the upstream a minute, then notify.
import { step, sleep, workflow } from "windmill-client";

export const main = workflow(async (user: string) => {
  return await step("notify", async () => {
    await sleep(60); // expect: WAC304
    return `notified ${user}`;
  });
});
