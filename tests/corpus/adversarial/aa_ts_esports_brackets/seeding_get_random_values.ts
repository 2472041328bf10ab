// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a Fisher-Yates shuffle fed by `crypto.getRandomValues` draws a new bracket on every replay while the matches already created keep the old one.
import { task, step, workflow } from "windmill-client";

type Team = { id: string; name: string; elo: number };

const loadEntrants = task(async function loadEntrants(tournamentId: string): Promise<Team[]> {
  const res = await fetch(`https://api.tourney.internal/v3/tournaments/${tournamentId}/entrants`);
  return (await res.json()) as Team[];
});

const createMatch = task(async function createMatch(tournamentId: string, round: number, a: string, b: string) {
  const res = await fetch(`https://api.tourney.internal/v3/tournaments/${tournamentId}/matches`, {
    method: "POST",
    body: JSON.stringify({ round, team_a: a, team_b: b }),
  });
  return (await res.json()) as { match_id: string };
});

function shuffle<T>(xs: T[]): T[] {
  const out = [...xs];
  const buf = new Uint32Array(out.length);
  crypto.getRandomValues(buf);
  for (let i = out.length - 1; i > 0; i--) {
    const j = buf[i] % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export const main = workflow(async (tournament_id: string) => {
  const teams = await loadEntrants(tournament_id);
  const order = shuffle(teams); // expect: WAC102
  const matches: string[] = [];
  for (let i = 0; i + 1 < order.length; i += 2) {
    const m = await createMatch(tournament_id, 1, order[i].id, order[i + 1].id);
    matches.push(m.match_id);
  }
  return await step("bracket", () => ({ matches, byes: order.length % 2 }));
});
