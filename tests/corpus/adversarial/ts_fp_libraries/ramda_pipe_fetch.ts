// SDK: windmill-client 1.818.0 client.mjs: R.pipe returns a function that runs each stage; the composed geocode stage fetches, so calling the pipeline in the body requests on every replay.
import * as R from "ramda";
import { task, workflow } from "windmill-client";

type Address = { street: string; city: string; country: string };

const normalize = (a: Address): string => `${a.street.trim()}, ${a.city.trim()}, ${a.country.toUpperCase()}`;

async function geocode(q: string): Promise<{ lat: number; lon: number }> {
  const r = await fetch(`https://nominatim.openstreetmap.org/search?format=json&q=${encodeURIComponent(q)}`);
  const [hit] = (await r.json()) as { lat: string; lon: string }[];
  return { lat: Number(hit.lat), lon: Number(hit.lon) };
}

const locate = R.pipe(normalize, geocode);

const saveLocation = task(async (customerId: string, lat: number, lon: number) => ({ customerId, lat, lon }));

export const main = workflow(async (customerId: string, address: Address) => {
  const { lat, lon } = await locate(address); // expect: WAC101
  return await saveLocation(customerId, lat, lon);
});
