// MISTAKE: tasks wrapping non-async functions. Tasks must be async functions.
import { task, workflow } from "windmill-client";

type Address = Record<string, string>;

const normalizeAddress = task((address: Address) => { // expect: WAC004
  return Object.fromEntries(Object.entries(address).map(([k, v]) => [k, v.trim().toUpperCase()]));
});

const buildSearchQuery = task(function (address: Address) { // expect: WAC004
  return [address.street, address.city, address.country].filter(Boolean).join(", ");
});

const geocode = task(
  async (query: string) => {
    const res = await fetch(`https://geocoder.example/v1/search?q=${encodeURIComponent(query)}`);
    return (await res.json()).results[0] as { lat: number; lng: number };
  },
  { timeout: 60, tag: "geo" },
);

const saveLocation = task(async (customerId: string, location: { lat: number; lng: number }) => {
  await fetch(`https://crm.example/api/customers/${customerId}/location`, { method: "PUT", body: JSON.stringify(location) });
});

export const main = workflow(async (customerId: string, address: Address) => {
  const clean = await normalizeAddress(address);
  const query = await buildSearchQuery(clean);
  const location = await geocode(query);
  await saveLocation(customerId, location);
  return location;
});
