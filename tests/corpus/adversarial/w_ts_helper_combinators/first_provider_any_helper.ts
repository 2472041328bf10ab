// SDK: windmill-client 1.818.0 keys calls by order; Promise.any resolves with whichever task result the runner hands back first
import { task, workflow } from "windmill-client";

type Geo = { lat: number; lon: number; provider: string };

async function firstAvailable<T>(attempts: Array<() => PromiseLike<T>>): Promise<T> {
  return await Promise.any(attempts.map((run) => Promise.resolve(run())));
}

const geocodeMapbox = task(async (address: string): Promise<Geo> => {
  const res = await fetch(`https://api.mapbox.com/geocoding/v5/mapbox.places/${encodeURIComponent(address)}.json`);
  const [lon, lat] = ((await res.json()) as any).features[0].center;
  return { lat, lon, provider: "mapbox" };
});

const geocodeNominatim = task(async (address: string): Promise<Geo> => {
  const res = await fetch(`https://nominatim.openstreetmap.org/search?format=json&q=${encodeURIComponent(address)}`);
  const [hit] = (await res.json()) as any[];
  return { lat: Number(hit.lat), lon: Number(hit.lon), provider: "nominatim" };
});

const assignDepot = task(async (lat: number, lon: number) => {
  const res = await fetch(`https://routing.internal/nearest-depot?lat=${lat}&lon=${lon}`);
  return ((await res.json()) as { depotId: string }).depotId;
});

export const main = workflow(async (address: string) => {
  const geo = await firstAvailable([() => geocodeMapbox(address), () => geocodeNominatim(address)]); // expect: WAC105
  const depotId = await assignDepot(geo.lat, geo.lon);
  return { depotId, via: geo.provider };
});
