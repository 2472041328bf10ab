// SDK: client.mjs 1.818.0 only task / step / sleep / approval calls suspend; a try whose block only parses the input (no durable call) catches the real SyntaxError, and the tasks run outside it
import { task, workflow } from "windmill-client";

type Row = { sku: string; qty: number };

const reserveStock = task(async function reserveStock(rows: Row[]) {
  const res = await fetch("https://inventory.internal/api/reservations", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ rows }),
  });
  return { reserved: rows.length, ok: res.ok };
});

export const main = workflow(async (payload: string) => {
  let rows: Row[];
  try {
    rows = JSON.parse(payload) as Row[];
  } catch (e) {
    if (e instanceof SyntaxError) {
      return { ok: false, error: `payload is not JSON: ${e.message}` };
    }
    throw e;
  }
  const valid = rows.filter((r) => typeof r.sku === "string" && Number.isInteger(r.qty) && r.qty > 0);
  const result = await reserveStock(valid);
  return { ok: result.ok, reserved: result.reserved, skipped: rows.length - valid.length };
});
