import { step, workflow } from "windmill-client";
import { stampNow } from "../common/stamps";

export const main = workflow(async () => {
  return await step("now", () => stampNow());
});
