// SDK: windmill-client 1.818.0 client.mjs: the query runs inside a task, a job of its own
import { task, workflow } from "windmill-client";

import { container, WarehouseClient } from "/f/shared/container.ts";

const countRows = task(async (table: string) => {
  const wh = container.resolve<WarehouseClient>("warehouse");
  const [count] = await wh.query(`select count(*) from ${wh.quote(table)}`);
  return Number(count);
});

const loadTable = task(async (table: string, rows: number) => {
  return { table, rows };
});

export const main = workflow(async (tables: string[]) => {
  const wh = container.resolve<WarehouseClient>("warehouse");
  const loaded = [];
  for (const table of tables) {
    const quoted = wh.quote(table);
    loaded.push(await loadTable(quoted, await countRows(table)));
  }
  return loaded;
});
