// SDK: windmill-client 1.818.0 index.js `workflow(fn)` only sets `fn._is_workflow` and returns `fn`; windmill-oracle `dag` on this file says "No workflow() wrapped async function found." and `sig` gives `args: []` (the `satisfies` wraps the call), so Windmill runs `main` without `depotId` / `chargerIds`
// Ported from a Temporal sample: `export async function rolloutFirmware(depotId, chargerIds)` became a WAC workflow; the team kept a function type to check the signature.
import { task, workflow } from "windmill-client";

type RolloutSummary = { depotId: string; updated: string[]; skipped: string[] };
type DepotWorkflow = (depotId: string, chargerIds: string[], firmware: string) => Promise<RolloutSummary>;

const pushFirmware = task(async function pushFirmware(chargerId: string, firmware: string) {
  const r = await fetch(`https://ocpp.voltyard.example/api/chargers/${chargerId}/firmware`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ firmware }),
  });
  return { chargerId, accepted: r.ok };
});

export const main = workflow(async (depotId: string, chargerIds: string[], firmware: string) => { // expect: WAC005
  const updated: string[] = [];
  const skipped: string[] = [];
  for (const id of chargerIds) {
    const res = await pushFirmware(id, firmware);
    (res.accepted ? updated : skipped).push(id);
  }
  return { depotId, updated, skipped };
}) satisfies DepotWorkflow;
