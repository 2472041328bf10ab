import * as wmill from "windmill-client";

export async function main(parcel_id: string, zone: "north" | "south" | "east" | "west", weight_kg: number, fragile = false) {
  const rates = await wmill.getVariable("f/logistics/zone_rates");
  const table = JSON.parse(rates) as Record<string, number>;
  const base = table[zone] ?? 4.5;
  return { parcel_id, cost: base * weight_kg * (fragile ? 1.4 : 1), zone };
}
