// SDK: windmill-client 1.818.0 index.js: `task()` returns `wrapper`, and calling it inside a workflow pushes the step to `ctx.pending` and returns a bare `{ then }`; a call nobody awaits is dispatched but its result (and failure) is lost. `proxyActivities` below is an identity function, so its destructured names are the tasks themselves
// Temporal port: the old workflow read its activities through `proxyActivities<typeof activities>()`; the team kept a typed identity shim so the body reads the same.
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
  record(imo, "pilot_boarded"); // expect: WAC106
  return { imo, boardedAt: boarding.boardedAt };
});
