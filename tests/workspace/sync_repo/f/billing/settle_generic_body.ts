import * as wmill from "windmill-client";
import { taskScript, workflow } from "windmill-client";

const refund = taskScript("f/billing/refund");

export const main = workflow(async (chargeId: string) => {
  const cfg = await wmill.getVariable<string>("f/billing/cfg");  // expect: WAC101
  return await refund<{ ok: boolean }>({ charge_id: chargeId, reason: "requested", cfg });  // expect: WAC402
});
