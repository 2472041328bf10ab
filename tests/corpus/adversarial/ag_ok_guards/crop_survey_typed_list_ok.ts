// SDK: windmill-client 1.818.0 step() results are checkpointed: the clock is read once inside step("surveyed", ...); the helper reads the clock only when `at` is undefined and gets the step's string, fields of the Plot[] input declared without `?`, and a module const
import { step, task, workflow } from "windmill-client";

type Plot = {
  plotId: string;
  plantedOn: string;
  crop: string;
};

const AGRONOMY_API = "https://agronomy.farm.internal/v1";
const SEASON_START = "2024-03-01";

function observation(plotId: string, at?: string): { plot: string; at: string } {
  return { plot: plotId, at: at ?? new Date().toISOString() };
}

const fetchNdvi = task(async (obs: { plot: string; at: string }): Promise<number> => {
  const r = await fetch(`${AGRONOMY_API}/ndvi?plot=${obs.plot}&at=${obs.at}`);
  if (!r.ok) throw new Error(`ndvi ${r.status}`);
  return ((await r.json()) as { ndvi: number }).ndvi;
});

const flagPlot = task(async (plotId: string, reason: string): Promise<string> => {
  const r = await fetch(`${AGRONOMY_API}/flags`, {
    method: "POST",
    body: JSON.stringify({ plotId, reason }),
  });
  return ((await r.json()) as { id: string }).id;
});

export const main = workflow(async (plots: Plot[]) => {
  const surveyed = await step("surveyed", () => new Date().toISOString());
  const flags: string[] = [];
  for (const plot of plots) {
    const now = await fetchNdvi(observation(plot.plotId, surveyed));
    const atPlanting = await fetchNdvi(observation(plot.plotId, plot.plantedOn));
    const seasonBase = await fetchNdvi(observation(plot.plotId, SEASON_START));
    if (now < Math.min(atPlanting, seasonBase) * 0.8) {
      flags.push(await flagPlot(plot.plotId, `${plot.crop} NDVI dropped`));
    }
  }
  return { surveyed, flags };
});
