import * as wmill from "windmill-client";

export async function main(carrier: string, order_id: string, weight_kg: number, country: string) {
  const api = await wmill.getResource(`f/heldout_am/${carrier}_api`);
  const res = await fetch(`${api.base_url}/shipments`, {
    method: "POST",
    headers: { authorization: `Bearer ${api.token}`, "content-type": "application/json" },
    body: JSON.stringify({ reference: order_id, weight: weight_kg, destination: country }),
  });
  if (!res.ok) throw new Error(`${carrier} refused ${order_id}: ${res.status}`);
  const body = await res.json();
  return { order_id, carrier, tracking: body.tracking_number, label_url: body.label };
}
