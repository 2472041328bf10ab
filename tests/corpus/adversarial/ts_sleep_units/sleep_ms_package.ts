// SDK: windmill-client 1.818.0 client.mjs: the `ms` package turns "15m" into 900000 milliseconds; given to `sleep` (seconds) that is over ten days.
import ms from "ms";
import { sleep, task, workflow } from "windmill-client";

const remind = task(async (userId: string) => ({ userId }));

export const main = workflow(async (userId: string, after: string = "15m") => {
  await sleep(ms(after)); // expect: WAC301
  return await remind(userId);
});
