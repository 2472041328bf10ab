// SDK: windmill-client 1.818.0 client.mjs: a task runs once in its own job and its result is checkpointed, so reading the file there happens once.
import { task, workflow } from "windmill-client";

const readCsv = task(async (path: string) => await Bun.file(path).text());
const importRows = task(async (csv: string) => ({ rows: csv.split("\n").length }));

export const main = workflow(async (path: string) => {
  const csv = await readCsv(path);
  return await importRows(csv);
});
