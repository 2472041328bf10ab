// SDK: windmill-client 1.818.0 client.mjs: the body replays; lodash/sample picks with Math.random, so each replay may assign another reviewer.
import sample from "lodash/sample";
import { task, workflow } from "windmill-client";

const assignReview = task(async (prId: number, reviewer: string) => ({ prId, reviewer }));

export const main = workflow(async (prId: number, reviewers: string[]) => {
  const reviewer = sample(reviewers) ?? reviewers[0]; // expect: WAC102
  return await assignReview(prId, reviewer);
});
