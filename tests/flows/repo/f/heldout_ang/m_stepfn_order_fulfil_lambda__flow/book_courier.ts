import * as wmill from "windmill-client";

export async function main(order_id: string, parcels: number) {
  const courier = await wmill.getResource("f/heldout_ang/courier");
  const res = await fetch(`${courier.url}/shipments`, {
    method: "POST",
    headers: { "X-Api-Key": courier.key, "Content-Type": "application/json" },
    body: JSON.stringify({ reference: order_id, parcels }),
  });
  return { booked: res.ok };
}
