// SDK: windmill-client 1.818.0 task() runs its function once as a child job; every Bun $ command runs inside tasks
import { task, workflow } from "windmill-client";
import { $ } from "bun";

const bumpVersion = task(async (repoDir: string, level: string) => {
  const out = await $`cd ${repoDir} && npm version ${level} --no-git-tag-version`.text();
  return out.trim();
});

const commitRelease = task(async (repoDir: string, version: string) => {
  await $`git -C ${repoDir} commit -am ${"release " + version}`;
  return (await $`git -C ${repoDir} rev-parse HEAD`.text()).trim();
});

const publishPackage = task(async (repoDir: string) => {
  await $`cd ${repoDir} && npm publish --access public`.quiet();
  return true;
});

export const main = workflow(async (repoDir: string, branch: string, level: string = "patch") => {
  const version = await bumpVersion(repoDir, level);
  const sha = await commitRelease(repoDir, version);
  await publishPackage(repoDir);
  return { version, sha, branch };
});
