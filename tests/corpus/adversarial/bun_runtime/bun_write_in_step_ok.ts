// SDK: windmill-client 1.818.0 client.mjs _runInlineStep: the callback runs once and its result is checkpointed; replays return the stored value without writing again.
import { step, task, workflow } from "windmill-client";

const buildReport = task(async (day: string) => ({ day, lines: ["a", "b"] }));

export const main = workflow(async (day: string) => {
  const report = await buildReport(day);
  const bytes = await step("write_report", () => Bun.write(`/tmp/report-${day}.txt`, report.lines.join("\n")));
  return { day, bytes };
});
