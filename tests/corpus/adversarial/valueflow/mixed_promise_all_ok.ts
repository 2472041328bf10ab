// SDK: windmill-client 1.818.0 client.mjs: a step and tasks awaited together allocate keys in call order, identical on each replay.
import { step, task, workflow } from "windmill-client";

const snapshot = task(async (volume: string) => `snap-${volume}`);

export const main = workflow(async (volumes: string[]) => {
  const [startedAt, ...snapshots] = await Promise.all([
    step("started_at", () => new Date().toISOString()),
    ...volumes.map((v) => snapshot(v)),
  ]);
  return { startedAt, snapshots };
});
