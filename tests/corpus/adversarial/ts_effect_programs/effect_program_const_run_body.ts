// SDK: windmill-client 1.818.0 client.mjs: an Effect value is a description; Effect.runPromise runs it where it is called, so the module-level program's fetch runs in the body on every replay.
import { Effect } from "effect";
import { task, workflow } from "windmill-client";

const loadFlags = Effect.tryPromise({
  try: () => fetch("https://flags.example.com/api/flags").then((r) => r.json() as Promise<Record<string, boolean>>),
  catch: (e) => new Error(`flags unavailable: ${String(e)}`),
});

const rollout = task(async (feature: string, percent: number) => ({ feature, percent }));

export const main = workflow(async (feature: string, percent: number) => {
  const flags = await Effect.runPromise(loadFlags); // expect: WAC101
  if (flags[`${feature}_frozen`]) return { skipped: true };
  return await rollout(feature, percent);
});
