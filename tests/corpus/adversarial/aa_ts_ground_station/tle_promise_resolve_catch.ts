// SDK: windmill-client 1.818.0 client.mjs: a task call returns a bare `{ then }` whose `then` throws StepSuspend; `Promise.resolve(thenable)` adopts it, so the `.catch` on that real Promise receives the suspension and turns it into `null`.
import { task, step, workflow } from "windmill-client";

type Tle = { line1: string; line2: string; epoch: string };

const fetchTle = task(async function fetchTle(noradId: number): Promise<Tle> {
  const res = await fetch(`https://celestrak.internal/NORAD/elements/gp.php?CATNR=${noradId}&FORMAT=tle`);
  const [, line1, line2] = (await res.text()).trim().split("\n");
  return { line1, line2, epoch: line1.slice(18, 32) };
});

const propagate = task(async function propagate(tle: Tle, hours: number) {
  const res = await fetch("https://orbit.internal/api/propagate", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ tle, hours }),
  });
  return (await res.json()) as { ephemeris_url: string };
});

export const main = workflow(async (norad_ids: number[], horizon_hours = 48) => {
  const out: Record<string, string | null> = {};
  for (const id of norad_ids) {
    const tle = await Promise.resolve(fetchTle(id)).catch(() => null); // expect: WAC202
    if (!tle) {
      out[String(id)] = null;
      continue;
    }
    const eph = await propagate(tle, horizon_hours);
    out[String(id)] = eph.ephemeris_url;
  }
  return await step("result", () => out);
});
