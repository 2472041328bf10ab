// SDK: client.mjs 1.818.0 step() JSON round trip: @turf/turf returns plain GeoJSON objects (Feature / FeatureCollection of arrays and numbers), which survive JSON unchanged
import { booleanPointInPolygon, buffer, point } from "@turf/turf";
import { step, task, workflow } from "windmill-client";

type Store = { id: string; lon: number; lat: number };

const notifyCustomers = task(async function notifyCustomers(storeId: string, customerIds: string[]) {
  const res = await fetch("https://push.internal/api/campaigns", {
    method: "POST",
    body: JSON.stringify({ storeId, customerIds, template: "store_opening" }),
  });
  return { storeId, notified: res.ok ? customerIds.length : 0 };
});

async function customersNear(): Promise<Array<{ id: string; lon: number; lat: number }>> {
  const res = await fetch("https://crm.internal/api/customers?fields=id,lon,lat");
  return (await res.json()) as Array<{ id: string; lon: number; lat: number }>;
}

export const main = workflow(async (store: Store, radius_km = 5) => {
  const zone = await step("catchment", () => buffer(point([store.lon, store.lat]), radius_km, { units: "kilometers" }));
  const customers = await step("customers", () => customersNear());
  const inside = customers.filter((c) => zone && booleanPointInPolygon(point([c.lon, c.lat]), zone));
  return await notifyCustomers(store.id, inside.map((c) => c.id));
});
