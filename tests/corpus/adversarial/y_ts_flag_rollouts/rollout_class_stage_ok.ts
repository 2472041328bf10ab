// SDK: windmill-client 1.818.0 replays the body from the top: fields changed in the body itself (not in a step callback) are rebuilt identically each round
import { sleep, step, task, workflow } from "windmill-client";

const setRolloutPercent = task(async (flagKey: string, env: string, percent: number) => {
  const res = await fetch(`https://app.launchdarkly.com/api/v2/flags/${process.env.LD_PROJECT}/${flagKey}`, {
    method: "PATCH",
    headers: { authorization: process.env.LD_API_KEY!, "content-type": "application/json; domain-model=launchdarkly.semanticpatch" },
    body: JSON.stringify({
      environmentKey: env,
      instructions: [{ kind: "updateFallthroughVariationOrRollout", rolloutWeights: { on: percent * 1000, off: (100 - percent) * 1000 } }],
    }),
  });
  if (!res.ok) throw new Error(`LaunchDarkly ${res.status}`);
  return percent;
});

class Rollout {
  #stage = 0;
  readonly log: string[] = [];

  constructor(private readonly flagKey: string, private readonly env: string, private readonly stages: number[]) {}

  get done(): boolean {
    return this.#stage >= this.stages.length;
  }

  async advance(): Promise<number> {
    const percent = this.stages[this.#stage];
    await setRolloutPercent(this.flagKey, this.env, percent);
    const label = await step("record_stage", () => `${percent}%`);
    this.#stage++;
    this.log.push(label);
    return percent;
  }
}

export const main = workflow(async (flagKey: string, env: string = "production", bakeMinutes: number = 30) => {
  const rollout = new Rollout(flagKey, env, [1, 5, 25, 50, 100]);
  while (!rollout.done) {
    const percent = await rollout.advance();
    if (percent < 100) await sleep(bakeMinutes * 60);
  }
  return { flagKey, env, stages: rollout.log };
});
