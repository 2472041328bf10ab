// SDK: windmill-client 1.818.0 reruns the body each round in a new process; performance.now() restarts near 0, so a budget tested against it decides differently per replay
import { task, workflow } from "windmill-client";

const optimise = task(async (bucket: string, key: string) => {
  const res = await fetch(`${process.env.IMG_OPTIMIZER}/optimise`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ bucket, key, quality: 82 }),
  });
  const j = (await res.json()) as { savedBytes: number };
  return j.savedBytes;
});

const BUDGET_MS = 20 * 60_000;

export const main = workflow(async (bucket: string, keys: string[]) => {
  let saved = 0;
  let processed = 0;
  for (const key of keys) {
    if (performance.now() > BUDGET_MS) break; // expect: WAC102
    saved += await optimise(bucket, key);
    processed++;
  }
  return { processed, remaining: keys.length - processed, saved };
});
