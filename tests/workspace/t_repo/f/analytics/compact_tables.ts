// Compact every partition of a table older than `keepDays` days.
import { postJson, WAREHOUSE_API } from "/f/shared/net.ts";

export async function main(table: string, keepDays: number, dryRun = false) {
  if (dryRun) return { table, keepDays, dryRun };
  return await postJson(`${WAREHOUSE_API}/tables/${table}/compact`, { keepDays });
}
