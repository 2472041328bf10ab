import * as wmill from "windmill-client";

export async function main(weight_grams: number, to_zip: string) {
  const shippo = await wmill.getResource("f/shop/shippo");
  const resp = await fetch("https://api.goshippo.com/shipments/", {
    method: "POST",
    headers: { Authorization: `ShippoToken ${shippo.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      address_to: { zip: to_zip, country: "US" },
      parcels: [{ weight: weight_grams, mass_unit: "g", length: 20, width: 15, height: 10, distance_unit: "cm" }],
    }),
  });
  const shipment = await resp.json();
  const cheapest = [...shipment.rates].sort((a, b) => Number(a.amount) - Number(b.amount))[0];
  return { rate_id: cheapest.object_id as string, amount: Number(cheapest.amount) };
}
