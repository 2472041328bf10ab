// SDK: windmill-client 1.818.0 client.mjs: console output of each round is just logs; a clock read that only reaches console.log changes no task argument and no branch.
import { step, taskScript, workflow } from "windmill-client";

const rollout = taskScript("f/deploy/rollout");

export const main = workflow(async (service: string, regions: string[]) => {
  console.log(`[${new Date().toISOString()}] rollout of ${service} (round start)`);
  const startedAt = await step("started_at", () => Date.now());
  for (const region of regions) {
    console.info("region", region, "at", new Date().toLocaleTimeString());
    await rollout({ service, region });
  }
  return { service, startedAt };
});
