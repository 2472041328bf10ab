// SDK: windmill-client 1.818.0 client.mjs: the same file read with fs-extra inside a task (its own job); the body applies the checkpointed flags.
import fs from "fs-extra";
import { task, workflow } from "windmill-client";

const readFlags = task(async (path: string) => (await fs.readJson(path)) as { [k: string]: boolean });
const apply = task(async (flags: { [k: string]: boolean }) => ({ applied: Object.keys(flags).length }));

export const main = workflow(async (path: string = "/tmp/flags.json") => {
  return await apply(await readFlags(path));
});
