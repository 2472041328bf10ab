import { workflow } from "windmill-client";

import { safely } from "/f/common/ts_errors.ts";
import { sendMail } from "/f/common/ts_tasks.ts";

export const main = workflow(async (to: string) => {
  return await safely(() => sendMail(to, "welcome")); // expect: WAC202
});
