// SDK: windmill-client 1.818.0 client.mjs _waitForApproval throws 'WAC step key "reviewer" is already used' on the loop's second pass.
import { waitForApproval, workflow } from "windmill-client";

export const main = workflow(async (reviewers: string[]) => {
  let approvals = 0;
  for (const _ of reviewers) {
    const d = await waitForApproval({ key: "reviewer", timeout: 86400 }); // expect: WAC303
    if (d.approved) approvals++;
  }
  return approvals;
});
