// SDK: windmill-client 1.818.0 client.mjs: the body re-runs after each task; execSync runs the migration command again on every round.
import { execSync } from "node:child_process";
import { task, workflow } from "windmill-client";

const smokeTest = task(async (env: string) => ({ env, ok: true }));

export const main = workflow(async (env: string) => {
  execSync(`./migrate.sh ${env}`, { stdio: "inherit" }); // expect: WAC101
  return await smokeTest(env);
});
