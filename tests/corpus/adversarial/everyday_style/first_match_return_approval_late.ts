// SDK: windmill-client 1.818.0 client.mjs _waitForApproval: the `return` only runs on a rejection, so a second legal path reaches the key "legal" again and the SDK throws 'WAC step key "legal" is already used'.
import { task, waitForApproval, workflow } from "windmill-client";

const publish = task(async (path: string) => ({ path, live: true }));

export const main = workflow(async (paths: string[]) => {
  const published: unknown[] = [];
  for (const path of paths) {
    if (path.startsWith("legal/")) {
      const review = await waitForApproval({ key: "legal", timeout: 86400 }); // expect: WAC303
      if (!review.approved) return { published, blockedBy: path };
    }
    published.push(await publish(path));
  }
  return { published };
});
