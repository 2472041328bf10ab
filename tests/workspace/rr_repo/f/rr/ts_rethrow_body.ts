import { workflow } from "windmill-client";

import { logError } from "../common/ts_errors";
import { sendMail } from "../common/ts_tasks";

export const main = workflow(async (to: string) => {
  try {
    return await sendMail(to, "welcome");
  } catch (e) { // expect: WAC202
    logError(e);
    return 0;
  }
});
