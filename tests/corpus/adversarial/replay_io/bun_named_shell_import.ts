// SDK: windmill-client 1.818.0 client.mjs: `$` imported from "bun" is Bun's shell; running it in the body spawns the command again after each task.
import { $ } from "bun";
import { task, workflow } from "windmill-client";

const build = task(async (ref: string) => ({ ref, out: `/tmp/build-${ref}` }));

export const main = workflow(async (ref: string) => {
  const b = await build(ref);
  await $`tar czf ${b.out}.tgz ${b.out}`; // expect: WAC101
  return b.ref;
});
