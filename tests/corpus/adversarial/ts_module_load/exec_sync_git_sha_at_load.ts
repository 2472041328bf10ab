// SDK: windmill-client 1.818.0 client.mjs: every round loads the module again; execSync at load runs git in each round (and the worker's checkout may differ between rounds).
import { execSync } from "node:child_process";
import { task, workflow } from "windmill-client";

const GIT_SHA = execSync("git rev-parse HEAD").toString().trim(); // expect: WAC101

const tagRelease = task(async (sha: string, version: string) => ({ sha, version }));

export const main = workflow(async (version: string) => {
  return await tagRelease(GIT_SHA, version);
});
