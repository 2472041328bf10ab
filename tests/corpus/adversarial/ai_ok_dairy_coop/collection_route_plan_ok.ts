// SDK: plain Bun script: Date / Math.random / fetch in a plain main are fine (no WAC import)
import * as wmill from "windmill-client";
import { Client } from "pg";

type Farm = { id: string; lat: number; lon: number; litres: number };

function haversineKm(a: Farm, b: Farm): number {
  const R = 6371;
  const dLat = ((b.lat - a.lat) * Math.PI) / 180;
  const dLon = ((b.lon - a.lon) * Math.PI) / 180;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos((a.lat * Math.PI) / 180) * Math.cos((b.lat * Math.PI) / 180) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

function nearestNeighbour(depot: Farm, farms: Farm[], capacity: number): Farm[][] {
  const left = [...farms];
  const routes: Farm[][] = [];
  while (left.length) {
    let load = 0;
    let here = depot;
    const route: Farm[] = [];
    while (left.length) {
      left.sort((x, y) => haversineKm(here, x) - haversineKm(here, y));
      const next = left[0];
      if (load + next.litres > capacity) break;
      route.push(left.shift()!);
      load += next.litres;
      here = next;
    }
    if (!route.length) route.push(left.shift()!);
    routes.push(route);
  }
  return routes;
}

export async function main(depotId: string, truckCapacity = 24000) {
  const db = await wmill.getResource("f/dairy/coop_pg");
  const client = new Client(db);
  await client.connect();
  try {
    const { rows } = await client.query<Farm>("select id, lat, lon, litres from farms where active");
    const depot = rows.find((f) => f.id === depotId);
    if (!depot) throw new Error(`unknown depot ${depotId}`);
    const routes = nearestNeighbour(depot, rows.filter((f) => f.id !== depotId), truckCapacity);
    await wmill.setState({ plannedAt: new Date().toISOString(), routes: routes.length });
    return routes.map((r, i) => ({ truck: i + 1, stops: r.map((f) => f.id) }));
  } finally {
    await client.end();
  }
}
