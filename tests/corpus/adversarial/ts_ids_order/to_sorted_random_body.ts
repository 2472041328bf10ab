// SDK: windmill-client 1.818.0 client.mjs _allocKey: keys follow call order; toSorted with a random comparator orders the reviewers differently each replay, so the checkpointed results land on other reviewers.
import { task, workflow } from "windmill-client";

const assignReview = task(async (reviewer: string, prId: string) => ({ reviewer, prId }));

export const main = workflow(async (prId: string, reviewers: string[]) => {
  const [first, second] = reviewers.toSorted(() => Math.random() - 0.5); // expect: WAC102
  return [await assignReview(first, prId), await assignReview(second, prId)];
});
