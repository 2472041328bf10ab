// SDK: windmill-client 1.818.0 client.mjs: task thenables collected in an array and awaited with Promise.all are dispatched as one parallel round.
import { task, workflow } from "windmill-client";

const geocode = task(async (address: string) => {
  const res = await fetch(`https://geo.example.com/api?q=${encodeURIComponent(address)}`);
  return (await res.json()) as { lat: number; lon: number };
});

export const main = workflow(async (addresses: string[]) => {
  const lookups = addresses.map((a) => geocode(a));
  const points = await Promise.all(lookups);
  return addresses.map((a, i) => ({ address: a, ...points[i] }));
});
