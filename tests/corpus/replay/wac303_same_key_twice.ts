// Two sign-offs, by mistake under the same key.
import { waitForApproval, workflow } from "windmill-client";

export const main = workflow(async () => {
  const first = await waitForApproval({ key: "signoff" });
  const second = await waitForApproval({ key: "signoff" }); // expect: WAC303
  return { first, second };
});
