// SDK: windmill-client 1.818.0 `workflow(fn)`: `export const main = workflow(...)` is the entry Windmill runs with checkpoints (windmill-oracle dag reads the task).
import { task, workflow } from "windmill-client";

type Snowflake = { account: string; user: string; password: string; warehouse: string };

const exportTable = task(async (sf: Snowflake, table: string, stage: string) => ({ table, files: 3 }));

export const main = workflow(async (sf: Snowflake, tables: string[] = ["orders", "customers"], stage: string = "@exports") => {
  const results = [];
  for (const table of tables) results.push(await exportTable(sf, table, stage));
  return results;
});
