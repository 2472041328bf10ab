// SDK: windmill-client 1.818.0 client.mjs: StepSuspend reaches this catch; the guide asks to rethrow the suspension before any handling, here a rollback task runs first.
import { task, workflow } from "windmill-client";

const deployStaging = task(async (build: string) => ({ build, env: "staging" }));
const rollbackStaging = task(async (build: string) => ({ build, rolledBack: true }));

export const main = workflow(async (build: string) => {
  try {
    await deployStaging(build);
  } catch (e) { // expect: WAC202
    await rollbackStaging(build);
    throw e;
  }
  return { build, deployed: true };
});
