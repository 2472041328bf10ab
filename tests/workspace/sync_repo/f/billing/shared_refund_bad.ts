import { workflow } from "windmill-client";
import { refund } from "../shared/refund_tasks.ts";

export const main = workflow(async (chargeId: string) => {
  return await refund({ charge_id: chargeId, reason: "oops" });  // expect: WAC402
});
