// SDK: windmill-client 1.818.0 dist/client.mjs: taskScript(path) dispatches the workspace script at path
// Backfill after the AMR retirement: every meter goes through the shared read task.
import { parallel, step, taskScript, workflow } from "windmill-client";
import { readMeter } from "/f/common/tasks.ts";
import { SCRIPTS } from "/f/common/paths.ts";

const recompute = taskScript(SCRIPTS.recompute);

export const main = workflow(async (meterIds: string[], zone: string) => {
  const rows = await parallel(meterIds, (m) => readMeter(m), { concurrency: 4 });
  const litres = await step("litres", () => rows.reduce((s, r) => s + (r.litres ?? 0), 0));
  const totals = await recompute({ zone, days: 7, dry_run: false });
  return { zone, backfilled: meterIds.length, litres, totals };
});
