// SDK: windmill-client 1.818.0 index.js `_waitForApproval` throws on a second use of an explicit key; here every path past the approval leaves both loops (`break sites`), so `field_dispatch` is allocated at most once per run
// Temporal port: one field dispatch per run; the first faulty charger found asks for it.
import { task, waitForApproval, workflow } from "windmill-client";

type Site = { id: string; chargers: string[] };

const probeCharger = task(async function probeCharger(chargerId: string) {
  const r = await fetch(`https://ocpp.voltyard.example/api/chargers/${chargerId}/health`);
  return (await r.json()) as { ok: boolean; code?: string };
});

const dispatchCrew = task(async function dispatchCrew(siteId: string, chargerId: string) {
  await fetch("https://field.voltyard.example/api/tickets", {
    method: "POST",
    body: JSON.stringify({ siteId, chargerId }),
  });
  return { siteId, chargerId };
});

export const main = workflow(async (sites: Site[]) => {
  let dispatched: string | null = null;
  sites: for (const site of sites) {
    for (const chargerId of site.chargers) {
      const health = await probeCharger(chargerId);
      if (health.ok) continue;
      const decision = await waitForApproval({ key: "field_dispatch", timeout: 3600 });
      if ((decision as { approved?: boolean })?.approved) {
        await dispatchCrew(site.id, chargerId);
        dispatched = chargerId;
      }
      break sites;
    }
  }
  return { dispatched };
});
