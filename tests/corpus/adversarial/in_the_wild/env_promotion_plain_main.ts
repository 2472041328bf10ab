// SDK: windmill-client 1.818.0 client.mjs step()/task wrappers look up the workflow context (`_workflowCtx`); an `export async function main` is not wrapped by workflow(), so nothing is checkpointed.
import { step, taskScript, waitForApproval } from "windmill-client";

const deploy = taskScript("f/deploy/rollout");
const runTests = taskScript("f/deploy/integration_tests");

export async function main(artifactId: string, version: string) { // expect: WAC005
  // 1. A promotion id, captured once
  const promotionId = await step("promotion_id", () => `promo-${artifactId}-${version}`);

  // 2. dev, then its tests
  await deploy({ env: "dev", artifactId, version });
  const tests = await runTests({ env: "dev", artifactId, version });
  if (tests?.passed === false) {
    return { promotionId, status: "failed", stoppedAt: "dev_tests" };
  }

  // 3. production after a person says so
  await waitForApproval({ timeout: 86400 });
  await deploy({ env: "production", artifactId, version });
  return { promotionId, status: "promoted" };
}
