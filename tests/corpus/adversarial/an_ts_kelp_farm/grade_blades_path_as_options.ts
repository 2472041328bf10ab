// SDK: windmill-client 1.818.0 index.js `task(fnOrPath, maybeFnOrOptions, maybeOptions)`: with a function first, the second argument is taken as the options object; the path string given there is never read (`taskPath` stays undefined), so the step runs the local function under its own name instead of the f/kelp/grade_blades script
import { task, workflow } from "windmill-client";

async function gradeBladesLocal(lineId: string, samples: number) {
  const r = await fetch(`https://lab.saltmarsh-kelp.example/api/lines/${lineId}/grade?samples=${samples}`);
  return (await r.json()) as { grade: "A" | "B" | "C"; moisture: number };
}

const gradeBlades = task(gradeBladesLocal, "f/kelp/grade_blades"); // expect: WAC301

const bookDryer = task(async function bookDryer(lineId: string, grade: string) {
  const r = await fetch("https://plant.saltmarsh-kelp.example/api/dryer-slots", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ lineId, grade }),
  });
  return (await r.json()) as { slot: string };
});

export const main = workflow(async (lineId: string, samples = 12) => {
  const { grade } = await gradeBlades(lineId, samples);
  if (grade === "C") return { lineId, grade, slot: null };
  const { slot } = await bookDryer(lineId, grade);
  return { lineId, grade, slot };
});
