import * as wmill from "windmill-client";

export async function main(lines: { sku: string }[], requested_by: string) {
  if (lines.length === 0) {
    return { requested: 0 };
  }
  const wh = await wmill.getResource("f/shop/warehouse_api");
  const res = await fetch(`${wh.base_url}/restock-requests`, {
    method: "POST",
    headers: { Authorization: `Bearer ${wh.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ requested_by, lines: lines.map((l) => ({ sku: l.sku, quantity: 24 })) }),
  });
  return { requested: lines.length, status: res.status };
}
