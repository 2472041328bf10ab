// SDK: windmill-client 1.818.0 index.js `task(fnOrPath, maybeFnOrOptions, maybeOptions)`: with a string first, it is the task's path (`taskPath`, dispatched as that script) and the second argument its function
import { task, workflow } from "windmill-client";

async function gradeBladesLocal(lineId: string, samples: number) {
  const r = await fetch(`https://lab.saltmarsh-kelp.example/api/lines/${lineId}/grade?samples=${samples}`);
  return (await r.json()) as { grade: "A" | "B" | "C"; moisture: number };
}

const gradeBlades = task("f/kelp/grade_blades", gradeBladesLocal);

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
