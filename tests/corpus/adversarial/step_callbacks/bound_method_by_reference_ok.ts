// SDK: windmill-client 1.818.0 client.mjs step(): fn is awaited inside _runInlineStep only; a bound method passed to it runs once, then replays.
import { step, task, workflow } from "windmill-client";

class FeatureFlags {
  constructor(private readonly env: string) {}
  async snapshot() {
    const res = await fetch(`https://flags.example.com/api/${this.env}/snapshot`);
    return (await res.json()) as Record<string, boolean>;
  }
}

const rollout = task(async (feature: string, percent: number) => ({ feature, percent }));

export const main = workflow(async (env: string, features: string[]) => {
  const flags = new FeatureFlags(env);
  const snapshot = await step("flags", flags.snapshot.bind(flags));
  const results = [];
  for (const f of features) {
    if (!snapshot[f]) results.push(await rollout(f, 10));
  }
  return results;
});
