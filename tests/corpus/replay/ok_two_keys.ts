// Two sign-offs, each under its own key.
import { waitForApproval, workflow } from "windmill-client";

export const main = workflow(async () => {
  const first = await waitForApproval({ key: "signoff_legal" });
  const second = await waitForApproval({ key: "signoff_finance" });
  return { first, second };
});
