// Deploy pipeline that records its progress from inside step callbacks.
import { task, step, waitForApproval, workflow } from "windmill-client";

const deploy = task(async (env: string) => `deployed ${env}`);

export const main = workflow(async (release: string) => {
  const audit: string[] = [];
  await step("tests", async () => {
    audit.push("tests-ran"); // expect: WAC104
    return true;
  });
  await deploy("staging");
  await waitForApproval({ timeout: 3600 });
  await deploy("production");
  return { release, audit };
});
