// SDK: windmill-client 1.818.0 client.mjs: delays converted to seconds before `sleep`: `delayMs / 1000`, `ms(after) / 1000`, minutes times 60, a name in seconds.
import ms from "ms";
import { sleep, task, workflow } from "windmill-client";

const remind = task(async (userId: string) => ({ userId }));

export const main = workflow(async (userId: string, delayMs: number = 30000, after: string = "15m", minutes: number = 5, backoffSeconds: number = 10) => {
  await sleep(delayMs / 1000);
  await sleep(ms(after) / 1000);
  await sleep(minutes * 60);
  await sleep(backoffSeconds * 2);
  await sleep(24 * 3600);
  return await remind(userId);
});
