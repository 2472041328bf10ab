// SDK: windmill-client 1.818.0 index.js: `task()` returns `wrapper`; awaiting its bare `{ then }` suspends the first round and hands back the checkpointed result on replay. `proxyActivities` is an identity function, so the destructured names are the tasks
// Temporal port: activities read through a typed identity shim, every call awaited.
import { task, workflow } from "windmill-client";

type Activities = Record<string, (...args: any[]) => Promise<unknown>>;

function proxyActivities<T extends Activities>(impl: T): T {
  return impl;
}

const boardVessel = task(async function boardVessel(imo: string, pilotId: string) {
  const r = await fetch(`https://vts.harbour.example/api/vessels/${imo}/boarding`, {
    method: "POST",
    body: JSON.stringify({ pilotId }),
  });
  return (await r.json()) as { boardedAt: string };
});

const logMovement = task(async function logMovement(imo: string, kind: string) {
  await fetch("https://vts.harbour.example/api/movements", {
    method: "POST",
    body: JSON.stringify({ imo, kind }),
  });
  return { logged: true };
});

const { boardVessel: board, logMovement: record } = proxyActivities({ boardVessel, logMovement });

export const main = workflow(async (imo: string, pilotId: string) => {
  const boarding = await board(imo, pilotId);
  await record(imo, "pilot_boarded");
  return { imo, boardedAt: boarding.boardedAt };
});
