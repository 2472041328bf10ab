// Wind hold: sample the anemometers on each tower, hold the lift when a gust passes
// the limit, and re-check after a pause until the wind drops or patrol overrides.
import { sleep, task, taskScript, waitForApproval, workflow } from "windmill-client";
import sampleGust, { peak } from "./gusts.ts";

const closeLift = taskScript("f/lifts/close_lift");
const LIMIT_KMH = 70;

const anemometers = task(async (liftId: string): Promise<number[]> => {
  const res = await fetch(`https://wind.resort.example/${liftId}/towers`);
  return (await res.json()) as number[];
});

export const main = workflow(async (liftId: string, maxChecks: number = 4) => {
  for (let check = 0; check < maxChecks; check++) {
    const readings = await anemometers(liftId);
    const gust = sampleGust(readings); // expect: WAC102
    if (peak(readings) < LIMIT_KMH && gust < LIMIT_KMH) return { held: false, checks: check };
    await sleep(600);
  }
  const override = await waitForApproval({ timeout: 1800, description: `Override hold on ${liftId}?` });
  if (!override.approved) await closeLift({ lift_id: liftId, reason: "wind hold" });
  return { held: !override.approved, checks: maxChecks };
});
