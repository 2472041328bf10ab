import * as wmill from "windmill-client";

type Item = { sku: string; qty: number };
export async function main(orderId: string, items: Item[], warehouse: string) {
  const wms = await wmill.getResource("f/heldout_ang/wms");
  const res = await fetch(`${wms.url}/warehouses/${warehouse}/reservations`, {
    method: "POST",
    headers: { Authorization: `Bearer ${wms.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ reference: orderId, lines: items }),
  });
  if (!res.ok) throw new Error(`reservation failed: ${res.status}`);
  const body = await res.json();
  return { reservation_id: String(body.id), parcels: Number(body.parcels) };
}
