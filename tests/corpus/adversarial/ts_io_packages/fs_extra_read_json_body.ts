// SDK: windmill-client 1.818.0 client.mjs: the body replays, possibly on another worker; fs-extra's readJson reads the worker's filesystem each round.
import fs from "fs-extra";
import { task, workflow } from "windmill-client";

const apply = task(async (flags: { [k: string]: boolean }) => ({ applied: Object.keys(flags).length }));

export const main = workflow(async (path: string = "/tmp/flags.json") => {
  const flags = (await fs.readJson(path)) as { [k: string]: boolean }; // expect: WAC101
  return await apply(flags);
});
