// SDK: windmill-client 1.818.0 client.mjs: _nextStep copies options.timeout to the dispatched step (stepInfo.timeout), the bound the server enforces on the script's job
import { task, taskScript, workflow, step } from "windmill-client";

const submitExport = taskScript("f/grid/submit_half_hourly_export", { timeout: 300 });
const curtailmentNotice = taskScript("f/grid/curtailment_notice", { timeout: 120 });

type Reading = { turbine: string; mwh: number };

const collectReadings = task(async (period: string): Promise<Reading[]> => {
  const ctrl = AbortSignal.timeout(30_000);
  const r = await fetch(`https://scada.sealoch-tidal.example/metering?period=${period}`, { signal: ctrl });
  return (await r.json()) as Reading[];
});

export const main = workflow(async (period: string, gridOperator = "NESO") => {
  const readings = await collectReadings(period);
  const totalMwh = readings.reduce((acc, r) => acc + r.mwh, 0);
  const receipt = await submitExport({ period, operator: gridOperator, readings, totalMwh });
  if (totalMwh > 40) {
    await curtailmentNotice({ period, totalMwh });
  }
  const summary = await step("summary_line", () => `${period}: ${totalMwh.toFixed(2)} MWh (${readings.length} meters)`);
  return { receipt, summary };
});
