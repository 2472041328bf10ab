// SDK: windmill-client 1.818.0 index.js: `traced(closeRoad)` returns a closure that calls the task wrapper and returns its bare `{ then }`; the loop's statement drops it, so the closure's step is queued (and dispatched when the next task suspends) but its result and failure are never observed
// Team code: a generic tracing wrapper from the team's utils, applied to tasks at module level.
import { task, workflow } from "windmill-client";

function traced<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    console.log(`-> ${f.name}`, ...args);
    return f(...args);
  };
}

const closeRoad = task(async function closeRoad(roadId: string, hours: number) {
  const r = await fetch(`https://roads.snowwatch.example/api/roads/${roadId}/closures`, {
    method: "POST",
    body: JSON.stringify({ hours }),
  });
  return { roadId, ok: r.ok };
});

const notifyMunicipality = task(async function notifyMunicipality(region: string, roads: string[]) {
  await fetch(`https://notify.snowwatch.example/api/regions/${region}`, {
    method: "POST",
    body: JSON.stringify({ closed: roads }),
  });
  return roads.length;
});

const tracedClose = traced(closeRoad);

export const main = workflow(async (region: string, roadIds: string[], hours: number) => {
  for (const roadId of roadIds) {
    tracedClose(roadId, hours); // expect: WAC106
  }
  const notified = await notifyMunicipality(region, roadIds);
  return { region, notified };
});
