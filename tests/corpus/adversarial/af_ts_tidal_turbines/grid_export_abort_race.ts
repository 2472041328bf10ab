// SDK: windmill-client 1.818.0 client.mjs: a taskScript call either resolves at once from the checkpoint or raises StepSuspend (the round ends, the script runs as its own job); the AbortSignal.timeout timer can never win the race, so the 5-minute bound does not exist (the option is taskScript(path, { timeout }))
import { task, taskScript, workflow, step } from "windmill-client";

// Ported from a Cloudflare Workflow whose `step.do` took a timeout.
const submitExport = taskScript("f/grid/submit_half_hourly_export");
const curtailmentNotice = taskScript("f/grid/curtailment_notice", { timeout: 120 });

type Reading = { turbine: string; mwh: number };

const collectReadings = task(async (period: string): Promise<Reading[]> => {
  const r = await fetch(`https://scada.sealoch-tidal.example/metering?period=${period}`);
  return (await r.json()) as Reading[];
});

function deadline(ms: number): Promise<never> {
  const signal = AbortSignal.timeout(ms);
  return new Promise((_, reject) => {
    signal.addEventListener("abort", () => reject(new Error(`export took longer than ${ms} ms`)));
  });
}

export const main = workflow(async (period: string, gridOperator = "NESO") => {
  const readings = await collectReadings(period);
  const totalMwh = readings.reduce((acc, r) => acc + r.mwh, 0);
  const receipt = await Promise.race([ // expect: WAC108
    submitExport({ period, operator: gridOperator, readings, totalMwh }),
    deadline(5 * 60_000),
  ]);
  if (totalMwh > 40) {
    await curtailmentNotice({ period, totalMwh });
  }
  const summary = await step("summary_line", () => `${period}: ${totalMwh.toFixed(2)} MWh (${readings.length} meters)`);
  return { receipt, summary };
});
