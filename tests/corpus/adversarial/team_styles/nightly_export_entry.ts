// SDK: windmill-client 1.818.0: Windmill runs `main`; a `main` that calls tasks without being a `workflow(...)` runs them in place as a plain script, with no checkpoints (WAC005).
import { task } from "windmill-client";

type Snowflake = { account: string; user: string; password: string; warehouse: string };

const exportTable = task(async (sf: Snowflake, table: string, stage: string) => ({ table, files: 3 }));

export async function main(sf: Snowflake, tables: string[] = ["orders", "customers"], stage: string = "@exports") { // expect: WAC005
  const results = [];
  for (const table of tables) results.push(await exportTable(sf, table, stage));
  return results;
}
