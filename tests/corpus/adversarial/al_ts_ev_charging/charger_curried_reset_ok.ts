// SDK: windmill-client 1.818.0 index.js: `Promise.all` calls `then` on each bare `{ then }` the task calls return, so every reset is awaited; `_nextStep` keys them `resetPort`, `resetPort_2`, ... in the array's order
// Hatchet port: the curried helper kept, its calls gathered.
import { task, workflow } from "windmill-client";

type PortStatus = { port: number; faulted: boolean };

const listPorts = task(async function listPorts(siteId: string) {
  const r = await fetch(`https://ocpp.voltyard.example/api/sites/${siteId}/ports`);
  return (await r.json()) as PortStatus[];
});

const resetPort = task(async function resetPort(siteId: string, port: number) {
  const r = await fetch(`https://ocpp.voltyard.example/api/sites/${siteId}/ports/${port}/reset`, { method: "POST" });
  return { port, ok: r.ok };
});

const resetOn = (siteId: string) => (port: number) => resetPort(siteId, port);

export const main = workflow(async (siteId: string) => {
  const ports = await listPorts(siteId);
  const faulted = ports.filter((p) => p.faulted).map((p) => p.port);
  const results = await Promise.all(faulted.map(resetOn(siteId)));
  return { siteId, reset: results.filter((r) => r.ok).length };
});
