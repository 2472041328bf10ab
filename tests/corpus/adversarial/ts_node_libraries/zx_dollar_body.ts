// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; zx's $ template runs the shell command again each replay.
import { $ } from "zx";
import { task, workflow } from "windmill-client";

const announce = task(async (sha: string) => ({ sha, announced: true }));

export const main = workflow(async (branch: string) => {
  const sha = (await $`git rev-parse origin/${branch}`).stdout.trim(); // expect: WAC101
  return await announce(sha);
});
