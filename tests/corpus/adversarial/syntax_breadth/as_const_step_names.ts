// SDK: windmill-client 1.818.0 client.mjs `_runInlineStep` keys by the name value (stable here), but Windmill's WAC parser reads only a string literal at the call, so the diagram labels this step `step` (wac-lint WAC103 info).
import { step, task, workflow } from "windmill-client";

const STEPS = { snapshot: "take_snapshot", verify: "verify_snapshot" } as const;

const takeSnapshot = task(async (volume: string) => ({ volume, snapshot: "snap-1" }));

export const main = workflow(async (volume: string) => {
  const started = await step(STEPS.snapshot, () => Date.now()); // expect: WAC103
  const snap = await takeSnapshot(volume);
  return { ...snap, started };
});
