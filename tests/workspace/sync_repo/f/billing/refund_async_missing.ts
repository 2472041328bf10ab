import { runScriptAsync } from "windmill-client";

export async function main(chargeId: string) {
  return await runScriptAsync("f/billing/refund", null, { charge_id: chargeId });  // expect: WAC402
}
