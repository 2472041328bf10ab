// SDK: windmill-client 1.818.0 dist/client.mjs: taskScript(path) dispatches the workspace script at path
// Dmitri's backfill of meters the nightly run missed: legacy AMR meters go through the old
// sync script, AMI meters through the shared read task.
import { parallel, step, taskScript, workflow } from "windmill-client";
import { readMeter } from "/f/common/tasks.ts";
import { SCRIPTS } from "/f/common/paths.ts";

const legacySync = taskScript(SCRIPTS.legacySync); // expect: WAC401
const recompute = taskScript(SCRIPTS.recompute);

export const main = workflow(async (meterIds: string[], zone: string) => {
  const legacy = meterIds.filter((m) => m.startsWith("AMR-"));
  const ami = meterIds.filter((m) => !m.startsWith("AMR-"));

  const legacyRows = legacy.length ? await legacySync({ meter_ids: legacy }) : [];
  const amiRows = await parallel(ami, (m) => readMeter(m), { concurrency: 4 });

  const litres = await step("litres", () =>
    [...legacyRows, ...amiRows].reduce((s: number, r: { litres?: number }) => s + (r.litres ?? 0), 0),
  );
  const totals = await recompute({ zone, days: 7, dry_run: false });
  return { zone, backfilled: meterIds.length, litres, totals };
});
