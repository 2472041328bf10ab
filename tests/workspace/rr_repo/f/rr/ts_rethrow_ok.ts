import { workflow } from "windmill-client";

import { isSuspend, rethrowSuspend } from "/f/common/ts_errors.ts";
import { sendMail } from "/f/common/ts_tasks.ts";

export const main = workflow(async (to: string) => {
  let first = 0;
  try {
    first = await sendMail(to, "welcome");
  } catch (e) {
    rethrowSuspend(e);
    console.log("mail failed", e);
  }
  let second = 0;
  try {
    second = await sendMail(to, "reminder");
  } catch (e) {
    if (isSuspend(e)) throw e;
    console.log("reminder failed", e);
  }
  return [first, second];
});
