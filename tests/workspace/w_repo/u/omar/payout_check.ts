// SDK: windmill-client 1.818.0 sleep()/workflow(): the body re-runs per replay, so the sleep length and the day must not come from Math.random or the clock (u/omar/util.ts).
import { sleep, task, workflow } from "windmill-client";
import util, { backoffSeconds } from "./util.ts";

const payoutStatus = task(async function payoutStatus(payoutId: string) {
  const r = await fetch(`https://payments.internal/payouts/${payoutId}`);
  return (await r.json()) as { status: "pending" | "paid" | "failed" };
});

export const main = workflow(async (payoutId: string, maxChecks = 5) => {
  const day = util.today; // expect: WAC102
  for (let attempt = 0; attempt < maxChecks; attempt++) {
    const { status } = await payoutStatus(payoutId);
    if (status !== "pending") return { payoutId, status, day, checks: util.pad(attempt + 1) };
    await sleep(backoffSeconds(attempt)); // expect: WAC102
  }
  return { payoutId, status: "pending", day };
});
