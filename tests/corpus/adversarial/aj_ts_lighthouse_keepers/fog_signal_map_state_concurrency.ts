// SDK: windmill-client 1.818.0 client.mjs: parallel(items, fn, { concurrency }) returns [] at once when `concurrency <= 0`; in Step Functions a Map state's MaxConcurrency of 0 means "unlimited", so the literal port checks no beacon at all when the definition leaves it out
// Hand-ported from an AWS Step Functions definition: each state is a block, `Map` becomes `parallel`.
import { parallel, step, task, workflow } from "windmill-client";

type Beacon = { id: string; station: string; kind: "horn" | "diaphone" | "bell" };
type MapState = { ItemsPath: string; MaxConcurrency?: number };
type Definition = { CheckSignals: MapState; EscalateAfterFailures: number };

const checkFogSignal = task(async (beacon: Beacon) => {
  const r = await fetch(`https://telemetry.lighthouses.example/fog/${beacon.station}/${beacon.id}/selftest`, {
    method: "POST",
  });
  const body = (await r.json()) as { db: number; ok: boolean };
  return { id: beacon.id, station: beacon.station, ok: body.ok && body.db >= 110 };
});

const openWorkOrder = task(async (station: string, beaconIds: string[]) => {
  const r = await fetch("https://maintenance.lighthouses.example/work-orders", {
    method: "POST",
    body: JSON.stringify({ station, beaconIds, priority: "high" }),
  });
  return ((await r.json()) as { id: string }).id;
});

export const main = workflow(async (beacons: Beacon[], definition: Definition) => {
  // State: CheckSignals (Map)
  const results = await parallel(beacons, checkFogSignal, {
    concurrency: definition.CheckSignals.MaxConcurrency ?? 0, // expect: WAC302
  });

  // State: GroupFailures (Pass)
  const failedByStation = new Map<string, string[]>();
  for (const r of results) {
    if (!r.ok) failedByStation.set(r.station, [...(failedByStation.get(r.station) ?? []), r.id]);
  }

  // State: Escalate (Choice + Task)
  const orders: string[] = [];
  for (const [station, ids] of failedByStation) {
    if (ids.length >= definition.EscalateAfterFailures) orders.push(await openWorkOrder(station, ids));
  }
  return await step("summary", () => ({ checked: results.length, orders }));
});
