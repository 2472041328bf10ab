// SDK: windmill-client 1.818.0 client.mjs _waitForApproval: the approval is followed by `return`, so the loop reaches the key "legal" at most once per run.
import { task, waitForApproval, workflow } from "windmill-client";

const publish = task(async (path: string) => ({ path, live: true }));

export const main = workflow(async (paths: string[]) => {
  for (const path of paths) {
    if (path.startsWith("legal/")) {
      const review = await waitForApproval({ key: "legal", timeout: 86400 });
      if (!review.approved) return { published: [], blockedBy: path };
      return { published: await Promise.all(paths.map((p) => publish(p))) };
    }
  }
  return { published: await Promise.all(paths.map((p) => publish(p))) };
});
