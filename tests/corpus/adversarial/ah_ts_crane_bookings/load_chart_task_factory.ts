// SDK: windmill-client 1.818.0 client.mjs task(): the factory builds a new task wrapper per call inside a function; Windmill's guide wants tasks as named top-level consts (the parser cannot see them), so each model's check is created where it is used
import { task, workflow, step } from "windmill-client";

type Pick = { loadKg: number; radiusM: number; label: string };

function makeChartCheck(model: string, chartUrl: string) {
  return task(async (picks: Pick[]) => { // expect: WAC003
    const r = await fetch(chartUrl);
    const chart = (await r.json()) as { radiusM: number; maxKg: number }[];
    return picks.map((p) => {
      const row = chart.find((c) => c.radiusM >= p.radiusM);
      return { label: p.label, model, ok: row ? p.loadKg <= row.maxKg : false };
    });
  });
}

const checkLtm1100 = makeChartCheck("LTM1100", "https://specs.liftsense.example/charts/ltm1100.json");
const checkMk88 = makeChartCheck("MK88", "https://specs.liftsense.example/charts/mk88.json");

export const main = workflow(async (picks: Pick[], preferMobile = true) => {
  const first = preferMobile ? checkLtm1100 : checkMk88;
  const second = preferMobile ? checkMk88 : checkLtm1100;
  const a = await first(picks);
  if (a.every((r) => r.ok)) return { results: a };
  const b = await second(picks);
  const merged = await step("merge", () => a.map((r, i) => (r.ok ? r : b[i])));
  return { results: merged };
});
