import * as wmill from "windmill-client";

type Stop = { id: number; lat: number; lon: number; bins: number };

export async function main(depot: string, stops: Stop[], batch_no: number) {
  const routing = await wmill.getResource("f/compost/routing_api");
  const res = await fetch(`${routing.url}/optimize`, {
    method: "POST",
    headers: { "x-api-key": routing.key, "content-type": "application/json" },
    body: JSON.stringify({ depot, stops, vehicle_capacity: 120 }),
  });
  const plan = await res.json();
  return { batch_no, route: plan.route, km: plan.distance_km };
}
