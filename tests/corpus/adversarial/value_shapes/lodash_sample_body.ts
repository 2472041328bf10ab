// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; sample picks a random reviewer each round, so the task is dispatched for one and replayed for another.
import { sample } from "lodash-es";
import { task, workflow } from "windmill-client";

const assign = task(async (pr: number, reviewer: string) => ({ pr, reviewer }));

export const main = workflow(async (pr: number, reviewers: string[]) => {
  const reviewer = sample(reviewers) ?? "nobody"; // expect: WAC102
  return await assign(pr, reviewer);
});
