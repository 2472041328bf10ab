// Remember when the approval was requested.
import { step, waitForApproval, workflow } from "windmill-client";

export const main = workflow(async () => {
  const asked = await step("asked", () => new Date()); // expect: WAC107
  const approval = await waitForApproval({ timeout: 3600 });
  return { asked, approval };
});
