// SDK: windmill-client 1.818.0 client.mjs: the body re-runs from the top after every suspension; Bun.file(...).text() reads the disk again each round, and the file can change in between.
import { task, workflow } from "windmill-client";

const importRows = task(async (csv: string) => ({ rows: csv.split("\n").length }));

export const main = workflow(async (path: string) => {
  const csv = await Bun.file(path).text(); // expect: WAC101
  return await importRows(csv);
});
