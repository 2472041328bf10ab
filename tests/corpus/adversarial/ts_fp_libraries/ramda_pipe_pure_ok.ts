// SDK: windmill-client 1.818.0 client.mjs: a ramda pipeline of pure stages in the body is fine; the geocoding runs inside a task.
import { map, pipe, prop, sortBy, toLower, trim, uniq } from "ramda";
import { task, workflow } from "windmill-client";

type Address = { street: string; city: string; country: string };

const cleanTags = pipe(map(pipe(trim, toLower)), uniq, sortBy((t: string) => t));
const cityOf = pipe(prop("city") as (a: Address) => string, trim);

const geocode = task(async (city: string) => {
  const r = await fetch(`https://nominatim.openstreetmap.org/search?format=json&q=${encodeURIComponent(city)}`);
  const [hit] = (await r.json()) as { lat: string; lon: string }[];
  return { lat: Number(hit.lat), lon: Number(hit.lon) };
});

const saveProfile = task(async (customerId: string, tags: string[], lat: number, lon: number) => ({ customerId, tags, lat, lon }));

export const main = workflow(async (customerId: string, address: Address, tags: string[]) => {
  const where = await geocode(cityOf(address));
  return await saveProfile(customerId, cleanTags(tags), where.lat, where.lon);
});
