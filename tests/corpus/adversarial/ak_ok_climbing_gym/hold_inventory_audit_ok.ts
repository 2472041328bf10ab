// SDK: windmill-client 1.818.0: parallel(items, fn, { concurrency }) maps in list order; nested parallel under Promise.all allocates keys synchronously in order; a task's Date is returned as an ISO string
import { parallel, step, task, workflow } from "windmill-client";

const ZONES = [
  { zone: "north", walls: ["n1", "n2", "n3"] },
  { zone: "south", walls: ["s1", "s2"] },
  { zone: "annex", walls: ["a1"] },
] as const;

type Count = { wall: string; holds: number; damaged: number; countedAt: string };

const countHolds = task(async (wall: string): Promise<Count> => {
  const res = await fetch(`https://ops.example-crag.io/walls/${wall}/holds`);
  const body = (await res.json()) as { holds: { state: string }[] };
  return {
    wall,
    holds: body.holds.length,
    damaged: body.holds.filter((h) => h.state === "cracked").length,
    countedAt: new Date().toISOString(),
  };
});

const orderReplacements = task(async (damaged: number, supplier: string) => {
  if (damaged === 0) return { ordered: 0 };
  const res = await fetch(`https://${supplier}/orders`, {
    method: "POST",
    body: JSON.stringify({ sku: "HOLD-MIXED", qty: damaged }),
  });
  return { ordered: damaged, ref: ((await res.json()) as { ref: string }).ref };
});

function loadSupplier(region: string): string {
  const table: Readonly<Record<string, string>> = Object.freeze({ eu: "holds.example-eu.com", us: "holds.example-us.com" });
  return table[region] ?? table.eu;
}

export const main = workflow(async (region: string = "eu", concurrency: number = 2) => {
  const perZone = await Promise.all(
    ZONES.map((z) => parallel([...z.walls], countHolds, { concurrency })),
  );
  const flat = perZone.flat();
  const damaged = flat.reduce((n, c) => n + c.damaged, 0);
  const order = await orderReplacements(damaged, loadSupplier(region));
  const jitterSeconds = await step("report_jitter", () => Math.floor(Math.random() * 30));
  return {
    zones: ZONES.map((z, i) => ({ zone: z.zone, walls: perZone[i].length })),
    damaged,
    order,
    jitterSeconds,
    newest: flat.map((c) => c.countedAt).sort().at(-1) ?? null,
  };
});
