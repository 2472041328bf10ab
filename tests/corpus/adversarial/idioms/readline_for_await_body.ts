// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body re-runs after each task; `fs.createReadStream` under `for await` reads the file in the body on every replay.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { task, workflow } from "windmill-client";

const importRow = task(async function importRow(line: string) {
  return line.split(",")[0];
});

export const main = workflow(async (path: string) => {
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity }); // expect: WAC101
  const ids: string[] = [];
  for await (const line of rl) {
    if (line.trim()) ids.push(await importRow(line));
  }
  return ids;
});
