// SDK: windmill-client 1.818.0 index.js `_runInlineStep`: once the key is in `completed_steps` the callback is not run again and only its return value comes back; the destructuring assignment below is the callback's only output, so on every replay `capKw` and `tariffId` keep their initial values
// Team code: fleet depot smart charging; the site config was loaded into outer `let`s.
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
  await step("load_site", async () => {
    ({ capKw, tariffId } = await loadSite(depotId)); // expect: WAC104
  });
  const plan = await allocate(vehicleIds, capKw, tariffId);
  return { depotId, plan };
});
