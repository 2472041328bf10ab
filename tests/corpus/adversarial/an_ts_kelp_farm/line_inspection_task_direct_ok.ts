// SDK: windmill-client 1.818.0 index.js: a task call in the body is checkpointed under the task's name (`_nextStep`); the inline step only derives a plain boolean from the checkpointed report
import { step, task, workflow } from "windmill-client";

const inspectLine = task(async function inspectLine(lineId: string) {
  const r = await fetch(`https://ops.saltmarsh-kelp.example/api/lines/${lineId}/inspection`, { method: "POST" });
  return (await r.json()) as { lineId: string; frondDensity: number; fouling: boolean };
});

const scheduleCleaning = task(async function scheduleCleaning(lineId: string) {
  await fetch(`https://ops.saltmarsh-kelp.example/api/lines/${lineId}/cleaning`, { method: "POST" });
  return { scheduled: true };
});

export const main = workflow(async (lineId: string) => {
  const report = await inspectLine(lineId);
  const needsCleaning = await step("needs_cleaning", () => report.fouling || report.frondDensity < 0.4);
  if (needsCleaning) {
    await scheduleCleaning(lineId);
  }
  return report;
});
