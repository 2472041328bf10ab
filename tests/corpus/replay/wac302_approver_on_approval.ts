// Ask a named approver.
import { waitForApproval, workflow } from "windmill-client";

export const main = workflow(async (doc: string) => {
  const review = await waitForApproval({
    timeout: 600,
    approver: "alice", // expect: WAC302
  });
  return { doc, review };
});
