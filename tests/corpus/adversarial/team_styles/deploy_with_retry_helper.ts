// SDK: windmill-client 1.818.0 client.mjs: a task's thenable throws the StepSuspend when awaited on first dispatch; the retry helper's catch takes it for a failure, retries and finally gives up, so the deploy never suspends.
import { sleep, task, workflow } from "windmill-client";

type Environment = "staging" | "production";

const BACKOFF_SECONDS = [5, 15, 45];

async function withRetry<T>(label: string, attempt: () => PromiseLike<T>): Promise<T | undefined> {
  for (const [i, wait] of BACKOFF_SECONDS.entries()) {
    try {
      return await attempt();
    } catch (err) {
      console.warn(`${label} failed (attempt ${i + 1})`, err);
      await sleep(wait);
    }
  }
  return undefined;
}

const buildImage = task(async (service: string, ref: string) => `${service}:${ref}`, { timeout: 1200 });
const rollOut = task(async (image: string, env: Environment, canaryPercent: number) => ({ image, env, canaryPercent }));
const smokeTest = task(async (service: string, env: Environment) => ({ passed: true }));

export const main = workflow(async (service: string, ref: string, env: Environment = "staging", canaryPercent: number = 10) => {
  const image = await buildImage(service, ref);
  const rollout = await withRetry("rollout", () => rollOut(image, env, canaryPercent)); // expect: WAC202
  const smoke = await smokeTest(service, env);
  return { image, rollout, smoke };
});
