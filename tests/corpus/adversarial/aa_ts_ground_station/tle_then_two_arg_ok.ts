// SDK: windmill-client 1.818.0 client.mjs _nextStep: the `{ then }` of a pending task throws StepSuspend synchronously, so the rejection handler of `.then(ok, onRejected)` only ever sees a failed task's TaskError; `.finally` on a step's real Promise passes the rejection on.
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
    const tle = await fetchTle(id).then(
      (t) => t,
      (err: Error) => {
        console.log(`no TLE for ${id}: ${err.message}`);
        return null;
      },
    );
    if (!tle) {
      out[String(id)] = null;
      continue;
    }
    const eph = await propagate(tle, horizon_hours);
    out[String(id)] = eph.ephemeris_url;
  }
  return await step("result", () => out).finally(() => console.log("ephemeris batch done"));
});
