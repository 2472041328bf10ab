// SDK: windmill-client 1.818.0 client.mjs task(): only the wrapper `task(fn)` returns dispatches a step; calling the plain `async function` it wraps runs the fetch in the body, on every replay.
import { task, step, workflow } from "windmill-client";

type Player = { handle: string; role: string; rank: number };

async function fetchRoster(teamId: string): Promise<Player[]> {
  const res = await fetch(`https://api.tourney.internal/v3/teams/${teamId}/roster`, {
    headers: { authorization: "Bearer tourney-readonly" },
  });
  if (!res.ok) throw new Error(`roster ${teamId}: ${res.status}`);
  return (await res.json()) as Player[];
}

const fetchRosterTask = task(fetchRoster);

const registerTeam = task(async function registerTeam(tournamentId: string, teamId: string, players: Player[]) {
  const res = await fetch(`https://api.tourney.internal/v3/tournaments/${tournamentId}/entries`, {
    method: "POST",
    body: JSON.stringify({ team_id: teamId, players: players.map((p) => p.handle) }),
  });
  return (await res.json()) as { entry_id: string; seed: number | null };
});

export const main = workflow(async (tournament_id: string, team_ids: string[], min_players = 5) => {
  const entries: string[] = [];
  for (const teamId of team_ids) {
    const roster = teamId.startsWith("academy-")
      ? await fetchRoster(teamId) // expect: WAC101
      : await fetchRosterTask(teamId);
    if (roster.length < min_players) continue;
    const entry = await registerTeam(tournament_id, teamId, roster);
    entries.push(entry.entry_id);
  }
  return await step("entries", () => ({ entries }));
});
