// SDK: windmill-client 1.818.0 client.mjs _allocKey: keys follow call order; a Math.random comparator shuffles differently each replay, so `assign`, `assign_2`, ... go to other reviewers.
import { task, workflow } from "windmill-client";

const assign = task(async (reviewer: string, pr: number) => ({ reviewer, pr }));

export const main = workflow(async (reviewers: string[], prs: number[]) => {
  const order = [...reviewers].sort(() => Math.random() - 0.5); // expect: WAC102
  const out = [];
  for (let i = 0; i < prs.length; i++) {
    out.push(await assign(order[i % order.length], prs[i]));
  }
  return out;
});
