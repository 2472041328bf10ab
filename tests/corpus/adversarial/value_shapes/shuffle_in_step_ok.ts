// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the shuffled order is checkpointed, so every replay assigns the same reviewers.
import { step, task, workflow } from "windmill-client";

const assign = task(async (reviewer: string, pr: number) => ({ reviewer, pr }));

export const main = workflow(async (reviewers: string[], prs: number[]) => {
  const order = await step("shuffle", () => [...reviewers].sort(() => Math.random() - 0.5));
  const out = [];
  for (let i = 0; i < prs.length; i++) {
    out.push(await assign(order[i % order.length], prs[i]));
  }
  return out;
});
