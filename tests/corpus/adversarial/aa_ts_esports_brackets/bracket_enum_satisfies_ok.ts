// SDK: windmill-client 1.818.0 client.mjs task(fn, options): `satisfies` leaves the object as written (timeout and tag are TaskOptions keys); string enum members are plain strings in JSON; the overloaded helper only formats.
import { task, step, workflow, type TaskOptions } from "windmill-client";

enum Stage {
  Groups = "groups",
  Playoffs = "playoffs",
  GrandFinal = "grand_final",
}

const matchOptions = { timeout: 900, tag: "esports" } satisfies TaskOptions;

type MatchResult = { match_id: string; winner: string; maps: number };

function label(stage: Stage): string;
function label(stage: Stage, round: number): string;
function label(stage: Stage, round?: number): string {
  return round === undefined ? stage : `${stage}-r${round}`;
}

const playMatch = task(async <T extends string>(stage: Stage, a: T, b: T): Promise<MatchResult> => {
  const res = await fetch("https://api.tourney.internal/v3/matches/await-result", {
    method: "POST",
    body: JSON.stringify({ stage, team_a: a, team_b: b }),
  });
  return (await res.json()) as MatchResult;
}, matchOptions);

export const main = workflow(async (seeds: string[]) => {
  let alive = [...seeds];
  let stage = Stage.Groups;
  let round = 1;
  const log: string[] = [];
  while (alive.length > 1) {
    const pairs: [string, string][] = [];
    for (let i = 0; i + 1 < alive.length; i += 2) pairs.push([alive[i], alive[i + 1]]);
    const results = await Promise.all(pairs.map(([a, b]) => playMatch(stage, a, b)));
    log.push(`${label(stage, round)}: ${results.map((r) => r.winner).join(", ")}`);
    alive = results.map((r) => r.winner);
    stage = alive.length === 2 ? Stage.GrandFinal : Stage.Playoffs;
    round++;
  }
  return await step("champion", () => ({ champion: alive[0], log }));
});
