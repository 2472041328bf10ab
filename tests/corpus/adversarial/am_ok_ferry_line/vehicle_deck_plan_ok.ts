// SDK: windmill-client 1.818.0: parallel(items, task, {concurrency}) dispatches in the array order; the array is sorted first; Math.random used only inside a task body
import { parallel, step, task, workflow } from "windmill-client";

type Vehicle = { plate: string; lengthM: number; heightM: number; hazmat: boolean };

const weighVehicle = task(async (plate: string) => {
  const r = await fetch(`https://deck.example-ferry.io/weighbridge/${plate}`);
  if (!r.ok) throw new Error(`weigh ${plate}: ${r.status}`);
  const { kg } = (await r.json()) as { kg: number };
  // jitter the inspection pick inside the task: the result is checkpointed
  return { plate, kg, inspect: Math.random() < 0.05 };
});

const assignLanes = task(async (sailingId: string, lanes: { plate: string; lane: number }[]) => {
  const r = await fetch(`https://deck.example-ferry.io/sailings/${sailingId}/lanes`, {
    method: "PUT",
    body: JSON.stringify(lanes),
  });
  return r.ok;
});

function laneFor(v: Vehicle, index: number): number {
  if (v.hazmat) return 1;
  if (v.heightM > 2.5) return 2 + (index % 2);
  return 4 + (index % 4);
}

export const main = workflow(async (sailingId: string, vehicles: Vehicle[]) => {
  const ordered = [...vehicles].sort((a, b) => a.plate.localeCompare(b.plate));
  const weights = await parallel(
    ordered.map((v) => v.plate),
    weighVehicle,
    { concurrency: 6 },
  );
  const lanes = ordered.map((v, i) => ({ plate: v.plate, lane: laneFor(v, i) }));
  const heavy = weights.filter((w) => w.kg > 30000).map((w) => w.plate);
  const ok = await assignLanes(sailingId, lanes);
  const toInspect = await step("inspection_list", () => weights.filter((w) => w.inspect).map((w) => w.plate));
  return { ok, heavy, toInspect };
});
