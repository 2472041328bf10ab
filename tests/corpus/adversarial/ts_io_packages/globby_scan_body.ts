// SDK: windmill-client 1.818.0 client.mjs: globby lists the worker's filesystem; the list (and so the dispatched tasks) can change between replays.
import { globby } from "globby";
import { task, workflow } from "windmill-client";

const ingest = task(async (path: string) => ({ path }));

export const main = workflow(async (dir: string) => {
  const files = await globby(["**/*.json"], { cwd: dir, absolute: true }); // expect: WAC101
  const out = [];
  for (const f of files.sort()) out.push(await ingest(f));
  return out;
});
