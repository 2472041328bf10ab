// SDK: windmill-client 1.818.0 replays the body each round; Bun's $ template starts the process when the ShellPromise is awaited
import { task, workflow } from "windmill-client";
import { $ } from "bun";

const bumpVersion = task(async (repoDir: string, level: string) => {
  const out = await $`cd ${repoDir} && npm version ${level} --no-git-tag-version`.text();
  return out.trim();
});

const publishPackage = task(async (repoDir: string) => {
  await $`cd ${repoDir} && npm publish --access public`.quiet();
  return true;
});

export const main = workflow(async (repoDir: string, branch: string, level: string = "patch") => {
  const version = await bumpVersion(repoDir, level);
  await $`git -C ${repoDir} commit -am ${"release " + version}`; // expect: WAC101
  await publishPackage(repoDir);
  return { version, branch };
});
