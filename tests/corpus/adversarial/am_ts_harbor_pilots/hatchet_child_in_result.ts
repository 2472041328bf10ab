// SDK: windmill-client 1.818.0 index.js `_nextStep` pushes the step to `ctx.pending` when the task is called, and `workflow()` returns what the body returns: an object holding the bare `{ then }` is serialized as `{}` and the task's result is never read
// Hatchet port: `ctx.spawnWorkflow(...)` returned a child reference the old code put in its output.
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
  const reservation = await reserveBerth(imo, berth);
  return {
    reservation,
    pilot: assignPilot(imo, berth), // expect: WAC106
  };
});
