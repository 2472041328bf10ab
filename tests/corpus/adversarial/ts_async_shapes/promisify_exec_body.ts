// SDK: windmill-client 1.818.0 client.mjs: the body replays; util.promisify(exec) is still child_process.exec, so the command runs again on every replay.
import { exec } from "node:child_process";
import { promisify } from "node:util";
import { task, workflow } from "windmill-client";

const sh = promisify(exec);

const parse = task(async (out: string) => out.split("\n").filter(Boolean).length);

export const main = workflow(async (repo: string) => {
  const { stdout } = await sh(`git -C ${repo} log --oneline -5`); // expect: WAC101
  return await parse(stdout);
});
