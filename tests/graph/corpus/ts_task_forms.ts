// Every way to write a task in TypeScript, and the checkpoint key each gets:
// Windmill names `const x = task(async ...)` "x"; a task wrapping a
// non-async arrow keeps the SDK's fallback key "step".
import { task, taskFlow, taskScript, workflow } from "windmill-client";

async function normalizeAddress(address: string) {
  return address.trim().toLowerCase();
}

const normalize = task(normalizeAddress);
const geocode = task(async (address: string) => {
  const res = await fetch(`https://geo.example/?q=${encodeURIComponent(address)}`);
  return await res.json();
});
const score = task(async function scoreLocation(point: unknown) {
  return JSON.stringify(point).length;
});
const store = task("f/geo/store_location", async (point: unknown) => {
  await fetch("https://geo.example/store", { method: "POST", body: JSON.stringify(point) });
});
const label = task((point: unknown) => String(point));
const render = taskScript("./render_map.ts");
const notify = taskFlow("f/geo/notify_flow");

export const main = workflow(async (address: string) => {
  const clean = await normalize(address);
  const point = await geocode(clean);
  const rank = await score(point);
  await store(point);
  const text = await label(point);
  await render({ point, text });
  await notify({ rank });
  return { rank };
});
