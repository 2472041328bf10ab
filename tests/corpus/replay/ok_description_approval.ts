// An approval with a description for the approver.
import { waitForApproval, workflow } from "windmill-client";

export const main = workflow(async (amount: number) => {
  return await waitForApproval({ timeout: 3600, description: { markdown: `Amount: ${amount}` } });
});
