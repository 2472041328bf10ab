// SDK: windmill-client 1.818.0 client.mjs: StepSuspend is not a ConfigError (thrown by the body's own parser), so `if (!(e instanceof ConfigError)) throw e` rethrows it.
import { task, workflow } from "windmill-client";

class ConfigError extends Error {
  constructor(public readonly field: string) {
    super(`invalid config field: ${field}`);
  }
}

type Rollout = { service: string; percent: number };

function parseRollout(raw: Record<string, unknown>): Rollout {
  if (typeof raw.service !== "string") throw new ConfigError("service");
  const percent = Number(raw.percent);
  if (!(percent > 0 && percent <= 100)) throw new ConfigError("percent");
  return { service: raw.service, percent };
}

const applyRollout = task(async (service: string, percent: number) => ({ service, percent, applied: true }));

export const main = workflow(async (configs: { service: string; percent: number }[]) => {
  const applied = [];
  const rejected: string[] = [];
  for (const raw of configs) {
    try {
      const rollout = parseRollout(raw);
      applied.push(await applyRollout(rollout.service, rollout.percent));
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      rejected.push(e.field);
    }
  }
  return { applied, rejected };
});
