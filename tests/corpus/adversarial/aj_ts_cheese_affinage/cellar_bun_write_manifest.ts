// SDK: windmill-client 1.818.0 client.mjs: every task call suspends the body and the next round reruns it from the top, possibly on another worker; Bun.write in the body writes the file again each round (and only on that worker), Bun.env is read from whichever worker runs the round
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

  await Bun.write(`${CELLAR_ROOT}/${cave}/inspection.json`, JSON.stringify(findings, null, 2)); // expect: WAC101

  const strict = Bun.env.CELLAR_STRICT_MODE === "1"; // expect: WAC102
  const watch = Object.entries(findings).filter(([, v]) => v === "watch").map(([k]) => k);
  if (strict && watch.length > 0) {
    for (const id of watch) await moveLot(id, "quarantine");
  }
  return await step("summary", () => ({ cave, inspected: lots.length, watch }));
});
