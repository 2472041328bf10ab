import * as wmill from "windmill-client";

export async function main(carrier: "dhl_express" | "dpd_classic", order_id: string, weight_kg: number, destination_zip: string) {
  const creds = await wmill.getResource(`f/shipping/${carrier}`);
  const res = await fetch(`${creds.base_url}/shipments`, {
    method: "POST",
    headers: { Authorization: `Bearer ${creds.api_key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ reference: order_id, weight: weight_kg, zip: destination_zip }),
  });
  if (!res.ok) throw new Error(`${carrier} answered ${res.status}`);
  const body = await res.json();
  return { carrier, tracking: body.tracking_number as string, label_url: body.label_url as string };
}
