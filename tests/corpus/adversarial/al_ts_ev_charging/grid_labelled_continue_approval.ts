// SDK: windmill-client 1.818.0 index.js `_waitForApproval`: `_allocKey("field_dispatch")` gives `field_dispatch_2` the second time, and `if (options?.key && key !== options.key) throw new Error(... already used ...)`; `continue sites` after a dispatch goes on to the next site, which can reach the same keyed approval again
// Temporal port: `await condition(() => dispatchApproved)` per faulty charger, with a signal named `field_dispatch`.
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
  const dispatched: string[] = [];
  sites: for (const site of sites) {
    for (const chargerId of site.chargers) {
      const health = await probeCharger(chargerId);
      if (health.ok) continue;
      const decision = await waitForApproval({ key: "field_dispatch", timeout: 3600 }); // expect: WAC303
      if ((decision as { approved?: boolean })?.approved) {
        await dispatchCrew(site.id, chargerId);
        dispatched.push(chargerId);
        continue sites;
      }
    }
  }
  return { dispatched };
});
