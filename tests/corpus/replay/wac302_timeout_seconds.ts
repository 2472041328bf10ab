// Ask for a review with a ten minute window.
import { waitForApproval, workflow } from "windmill-client";

export const main = workflow(async (doc: string) => {
  const review = await waitForApproval({ timeoutSeconds: 600 }); // expect: WAC302
  return { doc, review };
});
