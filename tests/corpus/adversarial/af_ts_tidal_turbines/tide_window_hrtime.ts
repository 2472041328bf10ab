// SDK: windmill-client 1.818.0 client.mjs: _allocKey(name) numbers repeats of one name; a name holding process.hrtime.bigint() differs on every replay, so the checkpointed result is never found and the step runs again
import { task, workflow, step, sleep } from "windmill-client";

type TideWindow = { opensAt: string; closesAt: string; knots: number };

const forecastSlack = task(async (site: string): Promise<TideWindow[]> => {
  const r = await fetch(`https://tides.sealoch-tidal.example/slack-water?site=${site}`);
  return (await r.json()).windows as TideWindow[];
});

const dispatchVessel = task(async (site: string, window: TideWindow, crew: string[]) => {
  const r = await fetch("https://marine.sealoch-tidal.example/dispatch", {
    method: "POST",
    body: JSON.stringify({ site, window, crew }),
  });
  return (await r.json()).voyage as string;
});

export const main = workflow(async (site: string, crew: string[], maxKnots = 1.5) => {
  const windows = await forecastSlack(site);
  const calm = windows.filter((w) => w.knots <= maxKnots);
  if (calm.length === 0) {
    await sleep(6 * 3600);
    return { site, voyage: null };
  }
  const chosen = await step(`choose-window-${process.hrtime.bigint()}`, () => calm[0]); // expect: WAC102, WAC103
  const started = performance.now(); // expect: WAC102
  const voyage = await dispatchVessel(site, chosen, crew);
  if (performance.now() - started > 60_000) { // expect: WAC102
    return { site, voyage, late: true };
  }
  return { site, voyage, late: false };
});
