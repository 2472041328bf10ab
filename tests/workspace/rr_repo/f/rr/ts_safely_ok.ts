import { workflow } from "windmill-client";

import { safely, safelyRethrowing } from "/f/common/ts_errors.ts";
import { sendMail } from "/f/common/ts_tasks.ts";

export const main = workflow(async (to: string) => {
  const sent = await safelyRethrowing(() => sendMail(to, "welcome"));
  const parsed = await safely(async () => JSON.parse(to));
  return [sent, parsed];
});
