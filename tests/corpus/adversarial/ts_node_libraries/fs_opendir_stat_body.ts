// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round, possibly on another worker; reading the directory in the body sees whatever that worker's disk holds at that moment.
import { opendir } from "node:fs/promises";
import { task, workflow } from "windmill-client";

const ingest = task(async (name: string) => ({ name, ingested: true }));

export const main = workflow(async (dir: string) => {
  const names: string[] = [];
  for await (const entry of await opendir(dir)) names.push(entry.name); // expect: WAC101
  const results = [];
  for (const n of names) results.push(await ingest(n));
  return results;
});
