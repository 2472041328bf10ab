// SDK: windmill-client 1.818.0 client.mjs _waitForApproval: the helper with the key "security" is called in the loop, but the loop breaks right after that call, so the key is used once.
import { task, waitForApproval, workflow } from "windmill-client";

const merge = task(async (pr: number) => ({ pr, merged: true }));

async function securitySignoff() {
  return await waitForApproval({ key: "security", timeout: 86400 });
}

export const main = workflow(async (pr: number, labels: string[]) => {
  let ok = true;
  for (const label of labels) {
    if (label === "security") {
      const review = await securitySignoff();
      ok = review.approved;
      break;
    }
  }
  if (!ok) return { pr, merged: false };
  return await merge(pr);
});
