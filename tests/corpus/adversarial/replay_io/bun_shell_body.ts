// SDK: windmill-client 1.818.0 client.mjs: Bun.$ spawns a process; in the workflow body it runs again after each task completes.
import { task, workflow } from "windmill-client";

const buildSite = task(async (ref: string) => ({ ref, dir: `/tmp/site-${ref}` }));

export const main = workflow(async (ref: string) => {
  const build = await buildSite(ref);
  await Bun.$`rsync -a ${build.dir}/ deploy@web:/srv/site/`; // expect: WAC101
  return build.ref;
});
