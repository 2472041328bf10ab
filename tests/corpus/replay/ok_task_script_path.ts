// Run the shared deploy script with a longer timeout.
import { task, taskScript, workflow } from "windmill-client";

const deploy = taskScript("f/ops/deploy", { timeout: 600 });
const check = task("f/ops/check", async (env: string) => env.length > 0);

export const main = workflow(async (env: string) => {
  await check(env);
  return await deploy({ env });
});
