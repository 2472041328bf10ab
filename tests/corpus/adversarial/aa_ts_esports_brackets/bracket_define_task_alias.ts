// SDK: windmill-client 1.818.0 exports `task`; the guide: the WAC parser recognises the exact names only, so `defineTask(...)` tasks get no diagram node.
import { task as defineTask, step, workflow, type TaskOptions } from "windmill-client"; // expect: WAC001

enum Stage {
  Groups = "groups",
  Playoffs = "playoffs",
  GrandFinal = "grand_final",
}

const matchOptions = { timeout: 900, tag: "esports" } satisfies TaskOptions;

type MatchResult = { match_id: string; winner: string; maps: number };

const playMatch = defineTask(async function playMatch(stage: Stage, a: string, b: string): Promise<MatchResult> {
  const res = await fetch("https://api.tourney.internal/v3/matches/await-result", {
    method: "POST",
    body: JSON.stringify({ stage, team_a: a, team_b: b }),
  });
  return (await res.json()) as MatchResult;
}, matchOptions);

export const main = workflow(async (seeds: string[]) => {
  let alive = [...seeds];
  let stage = Stage.Groups;
  while (alive.length > 1) {
    const pairs: [string, string][] = [];
    for (let i = 0; i + 1 < alive.length; i += 2) pairs.push([alive[i], alive[i + 1]]);
    const results = await Promise.all(pairs.map(([a, b]) => playMatch(stage, a, b)));
    alive = results.map((r) => r.winner);
    stage = alive.length === 2 ? Stage.GrandFinal : Stage.Playoffs;
  }
  return await step("champion", () => ({ champion: alive[0] }));
});
