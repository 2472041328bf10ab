// Remember when the approval was requested, as an ISO string.
import { step, waitForApproval, workflow } from "windmill-client";

export const main = workflow(async () => {
  const asked = await step("asked", () => new Date().toISOString());
  const approval = await waitForApproval({ timeout: 3600 });
  return { asked, approval };
});
