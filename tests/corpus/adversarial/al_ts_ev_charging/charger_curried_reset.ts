// SDK: windmill-client 1.818.0 index.js `task` wrapper: calling it inside a workflow runs `ctx._nextStep(...)`, which queues the step and returns a bare `{ then }`; the curried helper hands that thenable back and the loop drops it, so the reset results (and failures) are never observed
// Hatchet port: `ctx.spawnWorkflow("reset-port", { site, port })` per faulty port, fire-and-forget, written as a curried helper.
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
  const reset = resetOn(siteId);
  for (const port of faulted) {
    reset(port); // expect: WAC106
  }
  return { siteId, reset: faulted.length };
});
