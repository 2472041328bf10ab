// SDK: windmill-client 1.818.0: taskFlow(path) runs a flow as a task; a catch around it rethrows everything but the file's own validation error
import { step, task, taskFlow, workflow } from "windmill-client";
import { z } from "zod";

const Depot = z.object({ depot: z.string(), kits: z.number().int().nonnegative(), expiresOn: z.string().date() });
type Depot = z.infer<typeof Depot>;

const shipKits = taskFlow("f/clinical/supply/ship_kits", { timeout: 3600 });

const depotStock = task(async (trial: string): Promise<unknown[]> => {
  const r = await fetch(`https://irt.example-cro.org/trials/${trial}/depots`);
  return r.json();
});

export const main = workflow(async (trial: string, minKits = 40, asOf = "2026-01-01") => {
  const raw = await depotStock(trial);
  const parsed = raw.map((d) => Depot.safeParse(d));
  const depots: Depot[] = parsed.flatMap((p) => (p.success ? [p.data] : []));
  const invalid = parsed.length - depots.length;
  const low = depots.filter((d) => d.kits < minKits || d.expiresOn <= asOf).sort((a, b) => a.depot.localeCompare(b.depot));
  const shipments = [];
  for (const d of low) {
    shipments.push(await shipKits({ trial, depot: d.depot, kits: minKits * 2 - d.kits }));
  }
  const plannedAt = await step("planned_at", () => new Date().toISOString());
  return { plannedAt, invalid, shipments };
});
