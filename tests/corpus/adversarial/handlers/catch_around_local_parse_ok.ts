// SDK: windmill-client 1.818.0 client.mjs: the try holds only JSON.parse of a task result already awaited outside it, so no StepSuspend can reach the catch.
import { task, workflow } from "windmill-client";

const downloadConfig = task(async (url: string) => (await fetch(url)).text());
const applyConfig = task(async (cfg: Record<string, unknown>) => Object.keys(cfg).length);

export const main = workflow(async (url: string) => {
  const raw = await downloadConfig(url);
  let cfg: Record<string, unknown> = {};
  try {
    cfg = JSON.parse(raw);
  } catch {
    cfg = {};
  }
  return await applyConfig(cfg);
});
