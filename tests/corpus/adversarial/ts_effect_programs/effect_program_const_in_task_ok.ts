// SDK: windmill-client 1.818.0 client.mjs: the same module-level Effect program run inside a task: it fetches once, in the task's job, and the body replays its result.
import { Effect } from "effect";
import { task, workflow } from "windmill-client";

const loadFlags = Effect.tryPromise({
  try: () => fetch("https://flags.example.com/api/flags").then((r) => r.json() as Promise<Record<string, boolean>>),
  catch: (e) => new Error(`flags unavailable: ${String(e)}`),
});

const readFlags = task(async () => await Effect.runPromise(loadFlags));
const rollout = task(async (feature: string, percent: number) => ({ feature, percent }));

export const main = workflow(async (feature: string, percent: number) => {
  const flags = await readFlags();
  if (flags[`${feature}_frozen`]) return { skipped: true };
  return await rollout(feature, percent);
});
