// SDK: windmill-client 1.818.0 client.mjs workflow(fn) sets the context the wrappers use; Date.now() inside step() is checkpointed; getResumeUrls inside a step is captured once.
import { getResumeUrls, step, taskScript, waitForApproval, workflow } from "windmill-client";

const deploy = taskScript("f/deploy/rollout");
const runTests = taskScript("f/deploy/integration_tests");

export const main = workflow(async (artifactId: string, version: string) => {
  const promotionId = await step("promotion_id", async () => {
    return `promo-${artifactId}-${version}-${Date.now()}`;
  });

  await deploy({ env: "dev", artifactId, version });
  const tests = await runTests({ env: "dev", artifactId, version });
  if (tests?.passed === false) {
    return { promotionId, status: "failed", stoppedAt: "dev_tests" };
  }

  await step("approval_urls", async () => {
    const urls = await getResumeUrls();
    console.log("Approval page URL:", urls.approvalPage);
    return urls;
  });
  await waitForApproval({ timeout: 86400 });
  await deploy({ env: "production", artifactId, version });
  return { promotionId, status: "promoted", environments: ["dev", "production"] };
});
