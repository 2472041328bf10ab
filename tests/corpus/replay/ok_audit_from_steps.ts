// Deploy pipeline whose audit entries are step results kept by the body.
import { task, step, waitForApproval, workflow } from "windmill-client";

const deploy = task(async (env: string) => `deployed ${env}`);

export const main = workflow(async (release: string) => {
  const audit: string[] = [];
  audit.push(await step("tests", async () => "tests-ran"));
  audit.push(await deploy("staging"));
  await waitForApproval({ timeout: 3600 });
  audit.push(await deploy("production"));
  return { release, audit };
});
