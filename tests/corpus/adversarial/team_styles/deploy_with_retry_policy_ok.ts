// SDK: windmill-client 1.818.0 client.mjs `task(fn, { retry })`: the SDK re-dispatches a failed task itself (`assertUsableRetry`: attempts, delay, multiplier, max_delay), so the workflow needs no try/catch.
import { task, workflow } from "windmill-client";

type Environment = "staging" | "production";

const RETRY = { attempts: 3, delay: 5, multiplier: 3, max_delay: 60 };

const buildImage = task(async (service: string, ref: string) => `${service}:${ref}`, { timeout: 1200 });
const rollOut = task(async (image: string, env: Environment, canaryPercent: number) => ({ image, env, canaryPercent }), { retry: RETRY });
const smokeTest = task(async (service: string, env: Environment) => ({ passed: true }), { retry: { attempts: 2 } });

export const main = workflow(async (service: string, ref: string, env: Environment = "staging", canaryPercent: number = 10) => {
  const image = await buildImage(service, ref);
  const rollout = await rollOut(image, env, canaryPercent);
  const smoke = await smokeTest(service, env);
  if (!smoke.passed) throw new Error(`smoke test failed for ${image} on ${env}`);
  return { image, rollout, smoke };
});
