import * as wmill from "windmill-client";

export async function main(order_id: string, amount_cents: number, email: string) {
  const wh = await wmill.getResource("f/webshop/fulfilment_api");
  const resp = await fetch(`${wh.url}/requests`, {
    method: "POST",
    headers: { Authorization: `Bearer ${wh.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ order: order_id, paid_cents: amount_cents, notify: email }),
  });
  if (!resp.ok) throw new Error(`fulfilment: ${resp.status}`);
  return await resp.json();
}
