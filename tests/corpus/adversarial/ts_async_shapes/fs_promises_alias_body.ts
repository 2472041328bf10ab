// SDK: windmill-client 1.818.0 client.mjs: the body replays; `promises` of node:fs renamed is still the file system.
import { promises as fsp } from "node:fs";
import { task, workflow } from "windmill-client";

const count = task(async (text: string) => text.split("\n").length);

export const main = workflow(async (path: string) => {
  const text = await fsp.readFile(path, "utf8"); // expect: WAC101
  return await count(text);
});
