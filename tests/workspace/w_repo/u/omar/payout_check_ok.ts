// SDK: windmill-client 1.818.0 sleep()/step(): a backoff computed from the attempt number is the same on every replay; the day is read once in step().
import { sleep, step, task, workflow } from "windmill-client";
import util, { fixedBackoff } from "./util.ts";

const payoutStatus = task(async function payoutStatus(payoutId: string) {
  const r = await fetch(`https://payments.internal/payouts/${payoutId}`);
  return (await r.json()) as { status: "pending" | "paid" | "failed" };
});

export const main = workflow(async (payoutId: string, maxChecks = 5) => {
  const day = await step("day", () => util.today);
  for (let attempt = 0; attempt < maxChecks; attempt++) {
    const { status } = await payoutStatus(payoutId);
    if (status !== "pending") return { payoutId, status, day, checks: util.pad(attempt + 1) };
    await sleep(fixedBackoff(attempt));
  }
  return { payoutId, status: "pending", day };
});
