// SDK: windmill-client 1.818.0 client.mjs: Promise.allSettled turns the StepSuspend thrown by a task thenable's `then` into a { status: "rejected" } entry, so the body carries on as if the labs had failed
import { task, step, workflow } from "windmill-client";

type Lab = "central" | "north" | "mobile";

const LAB_URL: Record<Lab, string> = {
  central: "https://central.lab.hemolink.example",
  north: "https://north.lab.hemolink.example",
  mobile: "https://mobile.lab.hemolink.example",
};

const crossmatchCentral = task(async (sampleId: string, unitId: string) => {
  const r = await fetch(`${LAB_URL.central}/crossmatch`, { method: "POST", body: JSON.stringify({ sampleId, unitId }) });
  return { lab: "central", compatible: ((await r.json()) as { ok: boolean }).ok };
});

const crossmatchNorth = task(async (sampleId: string, unitId: string) => {
  const r = await fetch(`${LAB_URL.north}/crossmatch`, { method: "POST", body: JSON.stringify({ sampleId, unitId }) });
  return { lab: "north", compatible: ((await r.json()) as { ok: boolean }).ok };
});

const crossmatchMobile = task(async (sampleId: string, unitId: string) => {
  const r = await fetch(`${LAB_URL.mobile}/crossmatch`, { method: "POST", body: JSON.stringify({ sampleId, unitId }) });
  return { lab: "mobile", compatible: ((await r.json()) as { ok: boolean }).ok };
});

const LABS = { central: crossmatchCentral, north: crossmatchNorth, mobile: crossmatchMobile };

const reserveUnit = task(async (unitId: string, patientMrn: string) => {
  const r = await fetch("https://api.hemolink.example/v2/reservations", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ unitId, patientMrn }),
  });
  return { reservationId: ((await r.json()) as { id: string }).id };
});

export const main = workflow(async (sampleId: string, unitId: string, patientMrn: string) => {
  const outcomes = await Promise.allSettled(Object.values(LABS).map((lab) => lab(sampleId, unitId))); // expect: WAC202

  const answered = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
  const agree = answered.filter((a) => a.compatible).length;
  const verdict = await step("verdict", () => (agree >= 2 ? "compatible" : agree === 0 ? "incompatible" : "review"));

  if (verdict !== "compatible") return { sampleId, unitId, verdict, answered: answered.length };
  const res = await reserveUnit(unitId, patientMrn);
  return { sampleId, unitId, verdict, ...res };
});
