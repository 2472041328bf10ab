// SDK: windmill-client 1.818.0 client.mjs: only task()/step() results are checkpointed; other calls in the workflow body repeat per round.
import { task, workflow } from "windmill-client";
const { writeFileSync, mkdirSync } = require("node:fs");

const exportRows = task(async (table: string) => {
  const res = await fetch(`https://warehouse.example.com/api/export/${table}`);
  return (await res.json()) as Record<string, unknown>[];
});

export const main = workflow(async (table: string) => {
  const rows = await exportRows(table);
  mkdirSync("/tmp/exports", { recursive: true }); // expect: WAC101
  writeFileSync(`/tmp/exports/${table}.json`, JSON.stringify(rows)); // expect: WAC101
  return { rows: rows.length };
});
