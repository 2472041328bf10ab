import * as wmill from "windmill-client";

export async function main(table: string, env: string) {
  const wh = await wmill.getResource(`f/heldout_am/warehouse_${env}`);
  const res = await fetch(`${wh.url}/snapshots`, { method: "POST", body: JSON.stringify({ table }) });
  const body = await res.json();
  return { table, rows: body.row_count as number, snapshot_id: body.id as string };
}
