// SDK: windmill-client 1.818.0 client.mjs: `sleep(seconds)` inside a workflow goes through `ctx._sleep`, a durable server-side sleep keyed `sleep`, `sleep_2`, ...; the ported `wait.for` helper now forwards to it
import { task, sleep, workflow } from "windmill-client";

const wait = {
  for: ({ minutes = 0, seconds = 0 }: { minutes?: number; seconds?: number }) => sleep(minutes * 60 + seconds),
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
      await wait.for({ minutes: 20 });
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
