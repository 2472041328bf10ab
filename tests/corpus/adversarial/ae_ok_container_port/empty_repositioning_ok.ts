// SDK: windmill-client 1.818.0 a zod-validated plan from one task, a nested fan-out (Promise.all per depot of Promise.all per lane), a step holding the clock read through a helper, a catch that checks for the suspension with instanceof StepSuspend and rethrows it before handling
import { StepSuspend, step, task, workflow } from "windmill-client";
import { z } from "zod";

const Lane = z.object({ from: z.string(), to: z.string(), teu: z.number().int().positive() });
const Plan = z.object({ depots: z.record(z.string(), z.array(Lane)) });

const optimise = task(async (region: string, week: string) => {
  const res = await fetch(`https://eq.port.example/optimiser/${region}?week=${week}`, { method: "POST" });
  return await res.json();
});

const bookRail = task(async (lane: z.infer<typeof Lane>, week: string) => {
  const res = await fetch("https://rail.port.example/bookings", {
    method: "POST",
    body: JSON.stringify({ ...lane, week }),
  });
  if (!res.ok) throw new Error(`rail ${res.status}`);
  return { lane: `${lane.from}->${lane.to}`, ref: (await res.json()).ref as string };
});

const fallbackTruck = task(async (depot: string, week: string) => {
  const res = await fetch(`https://haulage.port.example/spot?depot=${depot}&week=${week}`, { method: "POST" });
  return (await res.json()).ref as string;
});

function stamp(): string {
  return new Date().toISOString();
}

export const main = workflow(async (region: string, week: string) => {
  const plan = Plan.parse(await optimise(region, week));
  const depots = Object.keys(plan.depots).sort();
  const booked: Record<string, { lane: string; ref: string }[] | string> = {};
  try {
    const perDepot = await Promise.all(depots.map((d) => Promise.all(plan.depots[d].map((lane) => bookRail(lane, week)))));
    depots.forEach((d, i) => (booked[d] = perDepot[i]));
  } catch (e) {
    if (e instanceof StepSuspend) throw e;
    for (const d of depots) booked[d] ??= await fallbackTruck(d, week);
  }
  const finishedAt = await step("finished_at", stamp);
  return { region, week, booked, finishedAt };
});
