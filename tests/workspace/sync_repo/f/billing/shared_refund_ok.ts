import { workflow } from "windmill-client";
import { refund } from "../shared/refund_tasks.ts";

export const main = workflow(async (chargeId: string) => {
  return await refund<{ ok: boolean }>({ charge_id: chargeId, reason: "fraud" });
});
