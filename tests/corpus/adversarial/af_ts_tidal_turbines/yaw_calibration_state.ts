// SDK: windmill-client 1.818.0 client.mjs: getState() = getResource(getStatePath()) and setState(state) = setResource(...) are HTTP calls against the job's state resource; in the body they run again on every replay, and getState's answer can change between rounds
import { task, workflow, sleep, getState, setState } from "windmill-client";

// Ported from Restate: `ctx.get("lastOffset")` / `ctx.set(...)` became the
// script's state resource, read and written from the workflow itself.
type YawOffsets = Record<string, number>;
interface CalibrationRun {
  turbine: string;
  measuredDeg: number;
  correctedDeg: number;
}

const readYaw = task(async (turbine: string): Promise<number> => {
  const r = await fetch(`https://scada.sealoch-tidal.example/yaw/${turbine}`);
  return Number((await r.json()).heading);
});

const applyYawCorrection = task(async (turbine: string, deltaDeg: number) => {
  const r = await fetch(`https://scada.sealoch-tidal.example/yaw/${turbine}/trim`, {
    method: "POST",
    body: JSON.stringify({ deltaDeg }),
  });
  if (!r.ok) throw new Error(`trim ${turbine}: ${r.status}`);
  return (await r.json()).heading as number;
});

const MAX_TRIM_DEG = 2.5;

function clampTrim(delta: number): number {
  return Math.max(-MAX_TRIM_DEG, Math.min(MAX_TRIM_DEG, delta));
}

export const main = workflow(async (turbines: string[], flowHeadingDeg: number, settleSeconds = 600) => {
  const previous = ((await getState()) ?? {}) as YawOffsets; // expect: WAC101
  const runs: CalibrationRun[] = [];
  for (const turbine of turbines) {
    const measured = await readYaw(turbine);
    const known = previous[turbine] ?? 0;
    const delta = clampTrim(flowHeadingDeg - measured - known);
    if (Math.abs(delta) < 0.2) continue;
    const corrected = await applyYawCorrection(turbine, delta);
    runs.push({ turbine, measuredDeg: measured, correctedDeg: corrected });
  }
  if (runs.length > 0) await sleep(settleSeconds);
  const offsets: YawOffsets = { ...previous };
  for (const run of runs) offsets[run.turbine] = run.correctedDeg - flowHeadingDeg;
  await setState(offsets); // expect: WAC101
  return { calibrated: runs.length, runs };
});
