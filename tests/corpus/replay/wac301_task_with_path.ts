// Run the shared deploy script with a longer timeout.
import { task, workflow } from "windmill-client";

const deploy = task("f/ops/deploy", { timeout: 600 }); // expect: WAC301

export const main = workflow(async (env: string) => {
  return await deploy({ env });
});
