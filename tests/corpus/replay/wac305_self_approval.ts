// The requester must not approve their own expense.
import { waitForApproval, workflow } from "windmill-client";

export const main = workflow(async (amount: number) => {
  return await waitForApproval({ timeout: 3600, selfApproval: false }); // expect: WAC305
});
