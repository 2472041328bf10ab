// SDK: windmill-client 1.818.0 client.mjs: Glob.match tests a string against the pattern; no file is read.
import { task, workflow } from "windmill-client";

const ingest = task(async (path: string) => ({ path, ok: true }));

export const main = workflow(async (paths: string[]) => {
  const csv = new Bun.Glob("*.csv");
  const out = [];
  for (const path of paths.filter((p) => csv.match(p))) {
    out.push(await ingest(path));
  }
  return out;
});
