// SDK: windmill-client 1.818.0 client.mjs: the workflow body reruns from the top after each suspension
import { task, workflow } from "windmill-client";

import { container, WarehouseClient } from "/f/shared/container.ts";

const loadTable = task(async (table: string, rows: number) => {
  return { table, rows };
});

export const main = workflow(async (tables: string[]) => {
  const wh = container.resolve<WarehouseClient>("warehouse");
  const loaded = [];
  for (const table of tables) {
    const [count] = await wh.query(`select count(*) from ${wh.quote(table)}`); // expect: WAC101
    loaded.push(await loadTable(table, Number(count)));
  }
  return loaded;
});
