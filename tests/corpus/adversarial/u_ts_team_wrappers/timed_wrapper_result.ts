// SDK: windmill-client 1.818.0 workflow() (client.mjs: the body replays every round, so a duration measured in the body differs per round)
import { task, workflow } from "windmill-client";

/** Team helper: time a stage and keep the duration in the run summary. */
async function timed<T>(stage: string, fn: () => Promise<T>): Promise<{ stage: string; ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { stage, ms: Math.round(performance.now() - t0), value };
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
  const ex = await timed("extract", () => extract(table)); // expect: WAC102
  const ld = await timed("load", () => load(ex.value.file, target)); // expect: WAC102
  return {
    rows: ex.value.rows,
    loaded: ld.value,
    timings: [ex, ld].map(({ stage, ms }) => ({ stage, ms })),
  };
});
