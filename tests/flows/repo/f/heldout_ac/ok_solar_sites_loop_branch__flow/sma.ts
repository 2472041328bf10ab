import * as wmill from "windmill-client";

export async function main(site_id: string, day: string) {
  const api = await wmill.getResource("f/solar/sma_portal");
  const res = await fetch(`${api.url}/plants/${site_id}/energy?date=${day}`, { headers: { Authorization: `Bearer ${api.token}` } });
  if (!res.ok) throw new Error(`sma answered ${res.status}`);
  const body = await res.json();
  return { site_id, kwh: body.total_kwh as number };
}
