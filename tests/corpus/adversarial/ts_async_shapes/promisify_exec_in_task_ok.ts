// SDK: windmill-client 1.818.0 client.mjs: the promisified exec runs only inside a task (its own child job).
import { exec } from "node:child_process";
import { promisify } from "node:util";
import { task, workflow } from "windmill-client";

const sh = promisify(exec);

const gitLog = task(async (repo: string) => (await sh(`git -C ${repo} log --oneline -5`)).stdout);
const parse = task(async (out: string) => out.split("\n").filter(Boolean).length);

export const main = workflow(async (repo: string) => {
  return await parse(await gitLog(repo));
});
