// SDK: windmill-client 1.818.0 client.mjs: Object.values of an object literal of tasks keeps the property order, and Promise.all lets a failure or the suspension propagate
import { task, step, workflow } from "windmill-client";

const crossmatchCentral = task(async (sampleId: string, unitId: string) => {
  const r = await fetch("https://central.lab.hemolink.example/crossmatch", { method: "POST", body: JSON.stringify({ sampleId, unitId }) });
  return { lab: "central", compatible: ((await r.json()) as { ok: boolean }).ok };
});

const crossmatchNorth = task(async (sampleId: string, unitId: string) => {
  const r = await fetch("https://north.lab.hemolink.example/crossmatch", { method: "POST", body: JSON.stringify({ sampleId, unitId }) });
  return { lab: "north", compatible: ((await r.json()) as { ok: boolean }).ok };
});

const LABS = { central: crossmatchCentral, north: crossmatchNorth } as const;

const reserveUnit = task(async (unitId: string, patientMrn: string) => {
  const r = await fetch("https://api.hemolink.example/v2/reservations", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ unitId, patientMrn }),
  });
  return { reservationId: ((await r.json()) as { id: string }).id };
});

export const main = workflow(async (sampleId: string, unitId: string, patientMrn: string, lab?: "central" | "north") => {
  if (lab) {
    const single = await LABS[lab](sampleId, unitId);
    if (!single.compatible) return { sampleId, verdict: "incompatible" };
  } else {
    const answers = await Promise.all(Object.values(LABS).map((run) => run(sampleId, unitId)));
    const agree = answers.filter((a) => a.compatible).length;
    const verdict = await step("verdict", () => (agree === answers.length ? "compatible" : "review"));
    if (verdict !== "compatible") return { sampleId, verdict };
  }
  return { sampleId, verdict: "compatible", ...(await reserveUnit(unitId, patientMrn)) };
});
