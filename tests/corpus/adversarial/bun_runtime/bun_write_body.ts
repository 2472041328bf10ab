// SDK: windmill-client 1.818.0 client.mjs: the body re-runs after the task suspends it; Bun.write in the body writes the report again on every round.
import { task, workflow } from "windmill-client";

const buildReport = task(async (day: string) => ({ day, lines: ["a", "b"] }));

export const main = workflow(async (day: string) => {
  const report = await buildReport(day);
  await Bun.write(`/tmp/report-${day}.txt`, report.lines.join("\n")); // expect: WAC101
  return { day, written: true };
});
