// SDK: windmill-client 1.818.0 client.mjs: the task body runs once in its own job; the command runs there, not in the replayed body.
import { execFileSync } from "node:child_process";
import { task, workflow } from "windmill-client";

const migrate = task(async (env: string) => execFileSync("./migrate.sh", [env]).toString());
const smokeTest = task(async (env: string) => ({ env, ok: true }));

export const main = workflow(async (env: string) => {
  await migrate(env);
  return await smokeTest(env);
});
