// SDK: windmill-client 1.818.0 index.js: `traced(closeRoad)` returns the task wrapper's `{ then }` unchanged; each call is awaited in the loop, keyed `closeRoad`, `closeRoad_2`, ...
// Team code: the generic tracing wrapper, its calls awaited.
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
  const closed: string[] = [];
  for (const roadId of roadIds) {
    const res = await tracedClose(roadId, hours);
    if (res.ok) closed.push(roadId);
  }
  const notified = await notifyMunicipality(region, closed);
  return { region, notified };
});
