// SDK: windmill-client 1.818.0 client.mjs: a step's value goes through JSON; `Object.groupBy` gives a null-prototype plain object of arrays, which survives it
import { task, step, workflow } from "windmill-client";

type Player = { id: string; platform: "pc" | "ps5" | "xbox" | "switch"; lastBuild: string };

const playersOnOldBuilds = task(async (currentBuild: string): Promise<Player[]> => {
  const r = await fetch(`https://accounts.stormforge-games.example/players?not_build=${currentBuild}&active_days=14`);
  return await r.json();
});

const pushNotice = task(async (platform: string, playerIds: string[], build: string) => {
  await fetch(`https://push.stormforge-games.example/${platform}/broadcast`, {
    method: "POST",
    body: JSON.stringify({ playerIds, message: `Patch ${build} is live, restart to update` }),
  });
  return playerIds.length;
});

export const main = workflow(async (build: string) => {
  const players = await playersOnOldBuilds(build);
  const segments = await step("segment_players", () => Object.groupBy(players, (p) => p.platform));
  let notified = 0;
  for (const platform of ["pc", "ps5", "xbox", "switch"] as const) {
    const group = segments[platform] ?? [];
    for (let i = 0; i < group.length; i += 500) {
      notified += await pushNotice(platform, group.slice(i, i + 500).map((p) => p.id), build);
    }
  }
  return { build, notified };
});
