// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a generic `pick` keyed by a hash of the input gives the same reviewer every replay.
import { task, workflow } from "windmill-client";

const pick = <T,>(xs: readonly T[], seed: string): T => {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return xs[Math.abs(h) % xs.length];
};

const assign = task(async (pr: number, reviewer: string) => ({ pr, reviewer }));

export const main = workflow(async (pr: number, reviewers: string[]) => {
  const reviewer = pick(reviewers, String(pr));
  return await assign(pr, reviewer);
});
