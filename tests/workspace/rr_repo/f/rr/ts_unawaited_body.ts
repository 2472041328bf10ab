import { workflow } from "windmill-client";

import { sendMail } from "/f/common/ts_tasks.ts";

export const main = workflow(async (to: string) => {
  sendMail(to, "welcome"); // expect: WAC106
  return await sendMail(to, "reminder");
});
