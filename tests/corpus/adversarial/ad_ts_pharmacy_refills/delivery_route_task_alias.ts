// SDK: windmill-client 1.818.0 exports `task` by that name; Windmill's WAC parser (windmill-parser-wasm-wac) only recognises the unaliased name, so tasks made with `t(...)` are not drawn or keyed as tasks
import { task as t, step, workflow } from "windmill-client"; // expect: WAC001
import { addMinutes, formatISO, parseISO } from "date-fns";

type Delivery = { orderId: string; address: string; lat: number; lng: number; windowStart: string };
type Route = { driverId: string; stops: string[]; etaMinutes: number[] };

const fetchOrders = t(async (storeId: string, day: string): Promise<Delivery[]> => {
  const r = await fetch(`https://api.rxhub.example/v2/stores/${storeId}/deliveries?day=${day}`);
  return (await r.json()) as Delivery[];
});

const optimiseRoute = t(async (driverId: string, stops: Delivery[]): Promise<Route> => {
  const r = await fetch("https://routing.routexl.example/tour", {
    method: "POST",
    body: JSON.stringify({ driverId, locations: stops.map((s) => ({ name: s.orderId, lat: s.lat, lng: s.lng })) }),
  });
  return (await r.json()) as Route;
});

const textPatient = t(async (orderId: string, etaIso: string) => {
  await fetch("https://api.rxhub.example/v2/notify", {
    method: "POST",
    body: JSON.stringify({ orderId, template: "delivery-eta", eta: etaIso }),
  });
});

function splitAcross<T>(items: T[], n: number): T[][] {
  const out: T[][] = Array.from({ length: n }, () => []);
  items.forEach((it, i) => out[i % n].push(it));
  return out;
}

export const main = workflow(async (storeId: string, day: string, drivers: string[]) => {
  const orders = await fetchOrders(storeId, day);
  const buckets = splitAcross(orders, drivers.length);
  const routes = await Promise.all(drivers.map((d, i) => optimiseRoute(d, buckets[i])));
  for (const [i, route] of routes.entries()) {
    const start = parseISO(buckets[i][0]?.windowStart ?? `${day}T09:00:00Z`);
    for (const [j, orderId] of route.stops.entries()) {
      await textPatient(orderId, formatISO(addMinutes(start, route.etaMinutes[j])));
    }
  }
  return await step("dispatched", () => ({ routes: routes.length, orders: orders.length }));
});
