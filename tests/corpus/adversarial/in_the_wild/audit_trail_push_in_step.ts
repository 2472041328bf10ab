// SDK: windmill-client 1.818.0 client.mjs step(name, fn): once checkpointed, fn is not called again on replay; only its return value comes back, so a push into a body array inside fn is lost.
import { step, waitForApproval, workflow } from "windmill-client";

export const main = workflow(async (service: string) => {
  const audit: string[] = [];

  // Step 1: run tests
  await step("runTests", async () => {
    audit.push(`tests ran for ${service}`); // expect: WAC104
    return "tests-ran";
  });

  // Step 2: wait for an external approval
  await waitForApproval({ timeout: 600 });

  const prod = await step("deployProduction", async () => "production-deployed");
  audit.push(prod);
  return audit;
});
