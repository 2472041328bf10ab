// SDK: windmill-client 1.818.0 client.mjs + wacError.mjs: a failed task surfaces as an error named "TaskError"; rethrowing everything else (as Windmill's own WAC behaviour matrix does) lets the suspension through.
import { taskScript, workflow } from "windmill-client";

const deploy = taskScript("f/deploy/rollout");
const rollback = taskScript("f/deploy/rollback");

// a body that catches must not swallow the SDK's own control flow
const rt = (e: any) => {
  if (e?.name !== "TaskError") throw e;
};

export const main = workflow(async (artifactId: string, version: string) => {
  try {
    await deploy({ env: "staging", artifactId, version });
  } catch (error) {
    rt(error);
    await rollback({ env: "staging", artifactId, version });
    return { status: "failed", stoppedAt: "staging", error: (error as any).result?.error?.message };
  }
  return { status: "deployed" };
});
