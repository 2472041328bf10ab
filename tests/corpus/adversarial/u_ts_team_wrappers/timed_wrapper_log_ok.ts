// SDK: windmill-client 1.818.0 workflow() (client.mjs: the body replays; a duration that only reaches console output changes nothing the workflow decides or returns)
import { task, workflow } from "windmill-client";

/** Team helper: time a stage for the job log only. */
async function timed<T>(stage: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    console.log(`[timing] ${stage}: ${Math.round(performance.now() - t0)}ms`);
  }
}

const extract = task(async function extract(table: string) {
  const res = await fetch(`https://warehouse.internal/export/${table}`, { method: "POST" });
  return ((await res.json()) as { rows: number; file: string });
});

const load = task(async function load(file: string, target: string) {
  const res = await fetch(`https://lake.internal/load`, { method: "POST", body: JSON.stringify({ file, target }) });
  return ((await res.json()) as { loaded: number }).loaded;
});

export const main = workflow(async (table: string, target: string) => {
  const ex = await timed("extract", () => extract(table));
  const loaded = await timed("load", () => load(ex.file, target));
  return { rows: ex.rows, loaded };
});
