// SDK: windmill-client 1.818.0 client.mjs: Bun.Glob's match tests a string against the pattern (no filesystem access); filtering the input's paths with it is pure.
import { task, workflow } from "windmill-client";

const ingest = task(async (path: string) => ({ path, rows: 0 }));

export const main = workflow(async (paths: string[], pattern: string = "**/*.csv") => {
  const glob = new Bun.Glob(pattern);
  const results = [];
  for (const p of paths.filter((x) => glob.match(x))) results.push(await ingest(p));
  return results;
});
