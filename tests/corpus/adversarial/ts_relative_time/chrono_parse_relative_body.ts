// SDK: windmill-client 1.818.0 client.mjs: the body replays (here after an approval that may take days); chrono parses "next friday" relative to the current time when no reference date is given, so the date changes between rounds.
import * as chrono from "chrono-node";
import { task, waitForApproval, workflow } from "windmill-client";

const scheduleCall = task(async (customerId: string, at: string) => ({ customerId, at }));

export const main = workflow(async (customerId: string, when: string = "next friday at 10am") => {
  await waitForApproval({ key: "account_manager", timeout: 259200 });
  const at = chrono.parseDate(when); // expect: WAC102
  if (!at) return { error: `cannot read "${when}"` };
  return await scheduleCall(customerId, at.toISOString());
});
