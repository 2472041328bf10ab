// SDK: windmill-client 1.818.0 client.mjs: the body replays; the file is opened and read line by line in the body each replay.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { task, workflow } from "windmill-client";

const importLine = task(async (line: string) => line.length);

export const main = workflow(async (path: string) => {
  const lines = createInterface({ input: createReadStream(path) }); // expect: WAC101
  const out: number[] = [];
  for await (const line of lines) out.push(await importLine(line));
  return out;
});
