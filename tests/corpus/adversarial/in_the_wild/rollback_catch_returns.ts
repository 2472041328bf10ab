// SDK: windmill-client 1.818.0 client.mjs: a task's first call throws the SDK's suspension (StepSuspend) to dispatch it; a catch that returns swallows it and the workflow ends before the task runs.
import { taskScript, workflow } from "windmill-client";

const deploy = taskScript("f/deploy/rollout");
const rollback = taskScript("f/deploy/rollback");

export const main = workflow(async (artifactId: string, version: string) => {
  try {
    await deploy({ env: "staging", artifactId, version });
  } catch (error) { // expect: WAC202
    try {
      await rollback({ env: "staging", artifactId, version });
    } catch (rollbackError) {} // expect: WAC202
    return { status: "failed", stoppedAt: "staging", error: String(error) };
  }
  return { status: "deployed" };
});
