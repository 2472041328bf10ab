// SDK: windmill-client 1.818.0 a short workflow: the run date comes in as an input, each route is one task, results are parsed with zod right after the checkpoint (the JSON is the same on every replay)
import { task, workflow } from "windmill-client";
import { z } from "zod";

const Stop = z.object({ pantry: z.string(), eta: z.string(), pallets: z.number().int() });
const Route = z.object({ truck: z.string(), stops: z.array(Stop) });

const planRoute = task(async function planRoute(truck: string, day: string) {
  const res = await fetch(`https://routing.foodbank.example/plan?truck=${truck}&day=${day}`);
  if (!res.ok) throw new Error(`routing ${res.status}`);
  return await res.json();
});

export const main = workflow(async (trucks: string[], day: string) => {
  const raw = await Promise.all(trucks.map((t) => planRoute(t, day)));
  const routes = raw.map((r) => Route.parse(r));
  const pallets = routes.reduce(
    (sum, r) => sum + r.stops.reduce((s, stop) => s + stop.pallets, 0),
    0,
  );
  const latest = routes
    .flatMap((r) => r.stops.map((s) => ({ truck: r.truck, ...s })))
    .sort((a, b) => a.eta.localeCompare(b.eta))
    .at(-1);
  return { day, trucks: routes.length, pallets, lastStop: latest ?? null };
});
