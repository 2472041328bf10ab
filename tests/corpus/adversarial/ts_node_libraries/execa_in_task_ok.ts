// SDK: windmill-client 1.818.0 client.mjs: a task runs once in its own job and its result is checkpointed; execa and zx inside tasks are not repeated by replays.
import { execa } from "execa";
import { $ } from "zx";
import { task, workflow } from "windmill-client";

const build = task(async (service: string) => (await execa("docker", ["build", "-q", `./services/${service}`])).stdout.trim());
const headOf = task(async (branch: string) => (await $`git rev-parse origin/${branch}`).stdout.trim());

export const main = workflow(async (service: string, branch: string) => {
  const image = await build(service);
  const sha = await headOf(branch);
  return { image, sha };
});
