// SDK: windmill-client 1.818.0 index.js `_nextStep` / `workflow()`: the child task is awaited before the body builds its result, so the output holds its checkpointed value
// Hatchet port: `ctx.spawnWorkflow(...)` awaited before the output is built.
import { task, workflow } from "windmill-client";

const assignPilot = task(async function assignPilot(imo: string, berth: string) {
  const r = await fetch("https://roster.harbour.example/api/assign", {
    method: "POST",
    body: JSON.stringify({ imo, berth }),
  });
  return (await r.json()) as { pilotId: string };
});

const reserveBerth = task(async function reserveBerth(imo: string, berth: string) {
  const r = await fetch(`https://berths.harbour.example/api/${berth}/reserve`, {
    method: "POST",
    body: JSON.stringify({ imo }),
  });
  return (await r.json()) as { reservation: string };
});

export const main = workflow(async (imo: string, berth: string) => {
  const [reservation, pilot] = await Promise.all([reserveBerth(imo, berth), assignPilot(imo, berth)]);
  return {
    reservation,
    pilot,
  };
});
