// SDK: windmill-client 1.818.0 index.js `workflow(fn)` returns `fn`; a type annotation on the `const` is erased and windmill-oracle `dag` / `sig` read this file's workflow and its three parameters
// Ported from a Temporal sample: the function type is kept, written on the binding instead of around the call.
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

export const main: DepotWorkflow = workflow(async (depotId: string, chargerIds: string[], firmware: string) => {
  const updated: string[] = [];
  const skipped: string[] = [];
  for (const id of chargerIds) {
    const res = await pushFirmware(id, firmware);
    (res.accepted ? updated : skipped).push(id);
  }
  return { depotId, updated, skipped };
});
