// SDK: windmill-client 1.818.0 client.mjs: chrono given a reference date (captured by a step before the approval) resolves "next friday" against it: the same date every replay.
import * as chrono from "chrono-node";
import { step, task, waitForApproval, workflow } from "windmill-client";

const scheduleCall = task(async (customerId: string, at: string) => ({ customerId, at }));

export const main = workflow(async (customerId: string, when: string = "next friday at 10am") => {
  const requestedAt = await step("requested_at", () => new Date().toISOString());
  await waitForApproval({ key: "account_manager", timeout: 259200 });
  const at = chrono.parseDate(when, new Date(requestedAt));
  if (!at) return { error: `cannot read "${when}"` };
  return await scheduleCall(customerId, at.toISOString());
});
