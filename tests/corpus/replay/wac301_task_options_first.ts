// Deploy with a longer timeout (options written before the function).
import { task, workflow } from "windmill-client";

const deploy = task({ timeout: 600 }, async (env: string) => `deployed ${env}`); // expect: WAC301

export const main = workflow(async (env: string) => {
  return await deploy(env);
});
