// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; scanning the directory reads the filesystem each round and new files change the task keys.
import { task, workflow } from "windmill-client";

const ingest = task(async (path: string) => ({ path, ok: true }));

export const main = workflow(async (dir: string) => {
  const out = [];
  for (const path of new Bun.Glob("*.csv").scanSync(dir)) { // expect: WAC101
    out.push(await ingest(path));
  }
  return out;
});
