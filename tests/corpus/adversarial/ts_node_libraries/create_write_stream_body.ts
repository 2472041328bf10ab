// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the file stream opened in the body writes to the worker's disk again each replay (and on whichever worker runs the round).
import { createWriteStream } from "node:fs";
import { task, workflow } from "windmill-client";

const fetchRows = task(async (table: string) => [`${table},1`, `${table},2`]);

export const main = workflow(async (table: string) => {
  const rows = await fetchRows(table);
  createWriteStream(`/tmp/${table}.csv`).end(rows.join("\n")); // expect: WAC101
  return { rows: rows.length };
});
