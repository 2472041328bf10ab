// SDK: windmill-client 1.818.0 client.mjs task(): one top-level task takes the model as an argument; the factory only builds the pure chart evaluator the task uses inside its own job
import { task, workflow, step } from "windmill-client";

type Pick = { loadKg: number; radiusM: number; label: string };
type ChartRow = { radiusM: number; maxKg: number };

const CHART_URLS: Readonly<Record<string, string>> = {
  LTM1100: "https://specs.liftsense.example/charts/ltm1100.json",
  MK88: "https://specs.liftsense.example/charts/mk88.json",
};

function makeEvaluator(model: string, chart: ChartRow[]) {
  return (p: Pick) => {
    const row = chart.find((c) => c.radiusM >= p.radiusM);
    return { label: p.label, model, ok: row ? p.loadKg <= row.maxKg : false };
  };
}

const checkChart = task(async (model: string, picks: Pick[]) => {
  const r = await fetch(CHART_URLS[model]);
  const evaluate = makeEvaluator(model, (await r.json()) as ChartRow[]);
  return picks.map(evaluate);
});

export const main = workflow(async (picks: Pick[], preferMobile = true) => {
  const [firstModel, secondModel] = preferMobile ? ["LTM1100", "MK88"] : ["MK88", "LTM1100"];
  const a = await checkChart(firstModel, picks);
  if (a.every((r) => r.ok)) return { results: a };
  const b = await checkChart(secondModel, picks);
  const merged = await step("merge", () => a.map((r, i) => (r.ok ? r : b[i])));
  return { results: merged };
});
