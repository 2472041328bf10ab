// SDK: windmill-client 1.818.0 client.mjs workflow(fn) takes one argument (`fn._is_workflow = true` on a string throws in an ES module); the catch awaits a task before `throw e`, so on a suspension the rollback task is called first (StepSuspend is an Error).
import { task, workflow } from "windmill-client";

const deployToStaging = task(async (branch: string) => ({ branch, deployed: true }));
const rollbackStaging = task(async (branch: string) => ({ branch, rolledBack: true }));

export const main = workflow("deploy", async (branch: string) => { // expect: WAC005
  try {
    return await deployToStaging(branch);
  } catch (e) { // expect: WAC202
    await rollbackStaging(branch);
    throw e;
  }
});
