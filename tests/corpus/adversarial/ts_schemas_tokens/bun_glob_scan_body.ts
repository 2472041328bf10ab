// SDK: windmill-client 1.818.0 client.mjs: the body replays, possibly on another worker; Bun.Glob's scan lists the worker's filesystem, so which files are dispatched can change between rounds.
import { task, workflow } from "windmill-client";

const ingest = task(async (path: string) => ({ path, rows: 0 }));

export const main = workflow(async (dir: string = "/tmp/inbox") => {
  const files: string[] = [];
  for await (const f of new Bun.Glob("*.csv").scan({ cwd: dir, absolute: true })) files.push(f); // expect: WAC101
  const results = [];
  for (const f of files.sort()) results.push(await ingest(f));
  return results;
});
