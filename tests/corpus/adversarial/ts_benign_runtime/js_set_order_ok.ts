// SDK: windmill-client 1.818.0 client.mjs: a JavaScript Set iterates in insertion order (ECMAScript spec), so tasks dispatched over it, or over Set algebra built from arrays, keep the same order each replay.
import { task, workflow } from "windmill-client";

const deploy = task(async (region: string, version: string) => ({ region, version }));

export const main = workflow(async (regions: string[], skip: string[], version: string) => {
  const skipped = new Set(skip);
  const targets = new Set(regions.filter((r) => !skipped.has(r)));
  const done = [];
  for (const region of targets) done.push(await deploy(region, version));
  const extra = await Promise.all([...new Set(["eu-west-1", ...regions])].filter((r) => !targets.has(r) && !skipped.has(r)).map((r) => deploy(r, version)));
  return { done, extra };
});
