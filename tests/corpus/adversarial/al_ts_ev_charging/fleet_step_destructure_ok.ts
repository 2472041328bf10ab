// SDK: windmill-client 1.818.0 index.js `_runInlineStep` returns the checkpointed value on replay; the config comes back as the step's return value and is destructured in the body
// Team code: fleet depot smart charging, site config returned by the step.
import { step, task, workflow } from "windmill-client";

const allocate = task(async function allocate(vehicleIds: string[], capKw: number, tariffId: string) {
  const r = await fetch("https://fleet.voltyard.example/api/allocations", {
    method: "POST",
    body: JSON.stringify({ vehicleIds, capKw, tariffId }),
  });
  return (await r.json()) as { vehicleId: string; kw: number }[];
});

async function loadSite(depotId: string) {
  const r = await fetch(`https://fleet.voltyard.example/api/depots/${depotId}`);
  return (await r.json()) as { capKw: number; tariffId: string };
}

export const main = workflow(async (depotId: string, vehicleIds: string[]) => {
  let capKw = 0;
  let tariffId = "default";
  ({ capKw, tariffId } = await step("load_site", () => loadSite(depotId)));
  const plan = await allocate(vehicleIds, capKw, tariffId);
  return { depotId, plan };
});
