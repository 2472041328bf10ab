// SDK: windmill-client 1.818.0 client.mjs: the body is replayed from the top each round; `Bun.nanoseconds()` is the process uptime, so the "time budget" break lands after a different rack on each replay and the set of dispatched audits changes
import { task, workflow } from "windmill-client";

type Rack = { freezer: string; rack: string; boxes: number };

const scanRack = task(async (freezer: string, rack: string) => {
  const r = await fetch(`https://inventory.helixlab.example/freezers/${freezer}/racks/${rack}/scan`, {
    method: "POST",
  });
  return (await r.json()) as { missing: string[]; misplaced: string[] };
});

const fileDiscrepancy = task(async (freezer: string, rack: string, missing: string[]) => {
  await fetch("https://tickets.helixlab.example/api/issues", {
    method: "POST",
    body: JSON.stringify({ title: `Freezer ${freezer} rack ${rack}: ${missing.length} missing`, missing }),
  });
});

const BUDGET_NS = 20 * 60 * 1e9;

export const main = workflow(async (racks: Rack[]) => {
  const started = Bun.nanoseconds(); // expect: WAC102
  let audited = 0;
  const discrepancies: string[] = [];
  for (const { freezer, rack } of racks) {
    if (Bun.nanoseconds() - started > BUDGET_NS) break; // expect: WAC102
    const { missing } = await scanRack(freezer, rack);
    audited++;
    if (missing.length > 0) {
      discrepancies.push(`${freezer}/${rack}`);
      await fileDiscrepancy(freezer, rack, missing);
    }
  }
  return { audited, skipped: racks.length - audited, discrepancies };
});
