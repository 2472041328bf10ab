// SDK: windmill-client 1.818.0 client.mjs: the task's result is JSON-encoded for the checkpoint; a fetch Response has no enumerable own fields and comes back as {}, so `res.json()` in the body is not a function
import { task, step, workflow } from "windmill-client";

const LABS = ["onsite", "regional"] as const;

const fetchAssay = task(async (lab: string, sampleId: string) =>
  fetch(`https://assay.deepcore.example/labs/${lab}/samples/${sampleId}`, { headers: { accept: "application/json" } }), // expect: WAC107
);

const routeTruck = task(async (truckId: string, stockpile: "high_grade" | "low_grade" | "waste") => {
  await fetch("https://fleet.deepcore.example/api/dispatch", {
    method: "POST",
    body: JSON.stringify({ truckId, stockpile }),
  });
  return stockpile;
});

export const main = workflow(async (truckId: string, sampleId: string) => {
  const grades: number[] = [];
  for (const lab of LABS) {
    const res = await fetchAssay(lab, sampleId);
    if (!res.ok) continue;
    const body = (await res.json()) as { au_gpt: number };
    grades.push(body.au_gpt);
  }
  const pile = await step("pile", () => {
    const g = grades.length ? grades.reduce((a, b) => a + b, 0) / grades.length : 0;
    return g >= 2.5 ? "high_grade" : g >= 0.8 ? "low_grade" : "waste";
  });
  return { truckId, routed: await routeTruck(truckId, pile) };
});
