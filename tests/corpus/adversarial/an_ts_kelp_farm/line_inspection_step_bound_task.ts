// SDK: windmill-client 1.818.0 index.js: `step(name, fn)` runs `fn` inside `_runInlineStep`; `inspectLine.bind(null, lineId)` is the task's wrapper, so calling it there dispatches a task from inside a step (a durable call in a step callback)
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
  const report = await step("inspect_line", inspectLine.bind(null, lineId)); // expect: WAC304
  if (report.fouling) {
    await scheduleCleaning(lineId);
  }
  return report;
});
