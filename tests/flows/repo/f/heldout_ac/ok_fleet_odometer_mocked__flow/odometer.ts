import * as wmill from "windmill-client";

export async function main(vin: string, day: string) {
  const api = await wmill.getResource("f/fleet/telematics");
  const res = await fetch(`${api.url}/vehicles/${vin}/trips?day=${day}`, {
    headers: { Authorization: `Bearer ${api.token}` },
  });
  if (!res.ok) throw new Error(`telematics answered ${res.status}`);
  const trips: Array<{ km: number; fuel_l: number }> = await res.json();
  const km = trips.reduce((s, t) => s + t.km, 0);
  const fuel_l = trips.reduce((s, t) => s + t.fuel_l, 0);
  return { vin, km, fuel_l, trips: trips.length };
}
