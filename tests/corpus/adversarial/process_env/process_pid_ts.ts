// SDK: windmill-client 1.818.0 client.mjs: each round is a new process, so process.pid read in the body differs on every replay.
import { task, workflow } from "windmill-client";

const claimBatch = task(async (batchId: string, claimant: string) => true);

export const main = workflow(async (batchId: string) => {
  const claimant = `wf-${process.pid}`; // expect: WAC102
  return await claimBatch(batchId, claimant);
});
