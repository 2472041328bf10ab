// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a promisified execFile in the body runs the command again on every replay (and on whichever worker runs the round).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { task, workflow } from "windmill-client";

const run = promisify(execFile);

const tagRelease = task(async (sha: string, version: string) => ({ sha, version }));

export const main = workflow(async (version: string) => {
  const { stdout } = await run("git", ["rev-parse", "HEAD"]); // expect: WAC101
  return await tagRelease(stdout.trim(), version);
});
