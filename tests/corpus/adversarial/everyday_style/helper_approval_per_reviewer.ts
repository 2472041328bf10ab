// SDK: windmill-client 1.818.0 client.mjs _waitForApproval: the helper with the key "security" runs once per security label; a second label reuses the key and the SDK throws.
import { task, waitForApproval, workflow } from "windmill-client";

const merge = task(async (pr: number) => ({ pr, merged: true }));

async function securitySignoff() {
  return await waitForApproval({ key: "security", timeout: 86400 });
}

export const main = workflow(async (pr: number, labels: string[]) => {
  let ok = true;
  for (const label of labels) {
    if (label.startsWith("security")) {
      const review = await securitySignoff(); // expect: WAC303
      ok = ok && review.approved;
    }
  }
  if (!ok) return { pr, merged: false };
  return await merge(pr);
});
