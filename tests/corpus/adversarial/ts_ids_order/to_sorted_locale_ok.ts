// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; toSorted with an explicit-locale localeCompare gives the same order on every replay.
import { task, workflow } from "windmill-client";

const assignReview = task(async (reviewer: string, prId: string) => ({ reviewer, prId }));

export const main = workflow(async (prId: string, reviewers: string[]) => {
  const ordered = reviewers.toSorted((a, b) => a.localeCompare(b, "en"));
  const out = [];
  for (const r of ordered) out.push(await assignReview(r, prId));
  return out;
});
