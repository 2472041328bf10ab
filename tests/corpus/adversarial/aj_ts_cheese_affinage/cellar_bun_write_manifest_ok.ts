// SDK: windmill-client 1.818.0 client.mjs: a task runs once as its own job, so Bun.write inside it writes once; an environment flag captured by step() is replayed from the checkpoint
import { step, task, workflow } from "windmill-client";

type Lot = { id: string; make: string; wheels: number; enteredCave: string };

const CELLAR_ROOT = "/mnt/cellar";

const inspectLot = task(async (lot: Lot) => {
  const r = await fetch(`https://grading.affinage.example/lots/${lot.id}/inspect`, { method: "POST" });
  return (await r.json()) as { mould: "ok" | "watch" | "reject"; moisture: number };
});

const moveLot = task(async (lotId: string, toCave: string) => {
  const r = await fetch(`https://robots.affinage.example/lots/${lotId}/move`, {
    method: "POST",
    body: JSON.stringify({ toCave }),
  });
  return r.ok;
});

const writeManifest = task(async (cave: string, findings: Record<string, string>) => {
  const bytes = await Bun.write(`${CELLAR_ROOT}/${cave}/inspection.json`, JSON.stringify(findings, null, 2));
  return bytes;
});

export const main = workflow(async (cave: string, lots: Lot[]) => {
  const findings: Record<string, string> = {};
  for (const lot of lots) {
    const result = await inspectLot(lot);
    findings[lot.id] = result.mould;
    if (result.mould === "reject") {
      await moveLot(lot.id, "quarantine");
    } else if (result.moisture > 0.92) {
      await moveLot(lot.id, `${cave}-dry`);
    }
  }

  await writeManifest(cave, findings);

  const strict = await step("strict_mode", () => Bun.env.CELLAR_STRICT_MODE === "1");
  const watch = Object.entries(findings).filter(([, v]) => v === "watch").map(([k]) => k);
  if (strict && watch.length > 0) {
    for (const id of watch) await moveLot(id, "quarantine");
  }
  return { cave, inspected: lots.length, watch };
});
