// SDK: windmill-client 1.818.0 client.mjs: getState / setState are HTTP calls; read once in a step (checkpointed) and written from a task they run once per workflow
import { task, workflow, sleep, step, getState, setState } from "windmill-client";

type YawOffsets = Record<string, number>;

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

const saveOffsets = task(async (offsets: YawOffsets) => {
  await setState(offsets);
  return Object.keys(offsets).length;
});

const clampTrim = (delta: number, max = 2.5) => Math.max(-max, Math.min(max, delta));

export const main = workflow(async (turbines: string[], flowHeadingDeg: number, settleSeconds = 600) => {
  const previous = await step("previous_offsets", async () => ((await getState()) ?? {}) as YawOffsets);
  const offsets: YawOffsets = { ...previous };
  let changed = 0;
  for (const turbine of turbines) {
    const measured = await readYaw(turbine);
    const delta = clampTrim(flowHeadingDeg - measured - (previous[turbine] ?? 0));
    if (Math.abs(delta) < 0.2) continue;
    offsets[turbine] = (await applyYawCorrection(turbine, delta)) - flowHeadingDeg;
    changed++;
  }
  if (changed > 0) await sleep(settleSeconds);
  const saved = await saveOffsets(offsets);
  return { changed, saved };
});
