import { workflow } from "windmill-client";

import { sendMail } from "/f/common/ts_tasks.ts";

export const main = workflow(async (to: string, cc: string) => {
  const [a, b] = await Promise.all([sendMail(to, "welcome"), sendMail(cc, "copy")]);
  return a + b;
});
