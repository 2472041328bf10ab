// SDK: windmill-client 1.818.0 client.mjs: every handler picked by a computed key is awaited; the faults are walked in a checkpointed order
import { task, step, workflow } from "windmill-client";

type FaultKind = "jam" | "overheat";
type Fault = { beltId: string; kind: FaultKind; raisedAt: string };

const clearJam = task(async (beltId: string) => {
  const r = await fetch(`https://scada.deepcore.example/api/belts/${beltId}/reverse-pulse`, { method: "POST" });
  return { beltId, action: "reverse-pulse", ok: r.ok };
});

const coolDown = task(async (beltId: string) => {
  const r = await fetch(`https://scada.deepcore.example/api/belts/${beltId}/speed`, { method: "PATCH", body: JSON.stringify({ pct: 40 }) });
  return { beltId, action: "slow", ok: r.ok };
});

const HANDLERS = { jam: clearJam, overheat: coolDown } satisfies Record<FaultKind, unknown>;

export const main = workflow(async (faults: Fault[]) => {
  const ordered = await step("ordered", () => faults.toSorted((a, b) => a.raisedAt.localeCompare(b.raisedAt)));
  const results = [];
  for (const f of ordered) {
    const handler = HANDLERS[f.kind];
    results.push(await handler(f.beltId));
  }
  const batch = await Promise.all(ordered.map((f) => HANDLERS[f.kind](f.beltId)));
  return { results, retried: batch.filter((b) => !b.ok).length };
});
