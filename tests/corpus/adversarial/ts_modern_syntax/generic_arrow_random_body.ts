// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the generic `pick` draws Math.random in the body, so the reviewer sent to the task can differ between rounds.
import { task, workflow } from "windmill-client";

const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)];

const assign = task(async (pr: number, reviewer: string) => ({ pr, reviewer }));

export const main = workflow(async (pr: number, reviewers: string[]) => {
  const reviewer = pick(reviewers); // expect: WAC102
  return await assign(pr, reviewer);
});
