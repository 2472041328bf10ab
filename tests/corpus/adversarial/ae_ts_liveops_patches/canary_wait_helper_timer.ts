// SDK: windmill-client 1.818.0 client.mjs: the SDK's `sleep` suspends the job; the ported Trigger.dev `wait.for` is a `setTimeout` promise, so the body holds the worker for the whole bake and repeats the wait on every replay
import { task, workflow } from "windmill-client";

// Ported from our Trigger.dev task: keep the `wait.for({ minutes })` call sites.
const wait = {
  for: ({ minutes = 0, seconds = 0 }: { minutes?: number; seconds?: number }) =>
    new Promise<void>((resolve) => setTimeout(resolve, (minutes * 60 + seconds) * 1000)),
};

type Region = "eu-west" | "us-east" | "ap-south";

const deployBuild = task(async (build: string, region: Region, percent: number) => {
  const r = await fetch(`https://deploy.stormforge-games.example/regions/${region}/rollouts`, {
    method: "POST",
    body: JSON.stringify({ build, percent }),
  });
  return (await r.json()) as { rolloutId: string };
});

const crashRate = task(async (build: string, region: Region) => {
  const r = await fetch(`https://telemetry.stormforge-games.example/crash-rate?build=${build}&region=${region}`);
  return ((await r.json()) as { perThousandSessions: number }).perThousandSessions;
});

const rollBack = task(async (region: Region, rolloutId: string) => {
  await fetch(`https://deploy.stormforge-games.example/regions/${region}/rollouts/${rolloutId}`, { method: "DELETE" });
});

const STAGES = [1, 10, 50, 100] as const;

export const main = workflow(async (build: string, regions: Region[], maxCrashPerK = 2.5) => {
  const rolledBack: Region[] = [];
  for (const region of regions) {
    for (const percent of STAGES) {
      const { rolloutId } = await deployBuild(build, region, percent);
      await wait.for({ minutes: 20 }); // expect: WAC101
      const rate = await crashRate(build, region);
      if (rate > maxCrashPerK) {
        await rollBack(region, rolloutId);
        rolledBack.push(region);
        break;
      }
    }
  }
  return { build, rolledBack };
});
