// SDK: windmill-client 1.818.0 client.mjs _allocKey: Object.keys order is insertion order for string keys, the same on every replay.
import { task, workflow } from "windmill-client";

const exportTable = task(async (table: string, rows: number) => rows);

export const main = workflow(async (names: string[], counts: number[]) => {
  const tables: Record<string, number> = {};
  names.forEach((n, i) => (tables[n] = counts[i] ?? 0));
  let total = 0;
  for (const table of Object.keys(tables)) total += await exportTable(table, tables[table]);
  return total;
});
