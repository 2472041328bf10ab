// Geocode store addresses in chunks of 50 (the geocoder's batch limit) and
// write the coordinates back to the store directory.
import { task, workflow } from "windmill-client";

type Store = { id: string; address: string };
type Geo = { id: string; lat: number; lng: number };

const loadStores = task(async (region: string): Promise<Store[]> => {
  return await (await fetch(`https://stores.example/api/stores?region=${region}&missing=geo`)).json();
});

const geocodeBatch = task(
  async (stores: Store[]): Promise<Geo[]> => {
    const res = await fetch("https://geocoder.example/v1/batch", {
      method: "POST",
      body: JSON.stringify({ queries: stores.map((s) => ({ id: s.id, q: s.address })) }),
    });
    return (await res.json()).results;
  },
  { timeout: 300, tag: "geo" },
);

const saveCoordinates = task(async (results: Geo[]) => {
  await fetch("https://stores.example/api/stores/geo", { method: "PATCH", body: JSON.stringify(results) });
  return results.length;
});

export const main = workflow(async (region: string, chunkSize: number = 50) => {
  const stores = await loadStores(region);
  let saved = 0;
  for (let start = 0; start < stores.length; start += chunkSize) {
    const coords = await geocodeBatch(stores.slice(start, start + chunkSize));
    const n = await saveCoordinates(coords);
    saved += n;
  }
  return { region, stores: stores.length, saved };
});
