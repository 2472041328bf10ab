// SDK: windmill-client 1.818.0 client.mjs: `step()` is an async function, a real Promise; when it suspends (inline_checkpoint) or rethrows a kept suspension, `.catch` turns StepSuspend into `{ ready: false }` and the team is disqualified.
import { task, step, sleep, workflow } from "windmill-client";

type CheckIn = { ready: boolean; players: number };

async function pollCheckin(matchId: string, teamId: string): Promise<CheckIn> {
  const res = await fetch(`https://api.tourney.internal/v3/matches/${matchId}/checkin/${teamId}`);
  return (await res.json()) as CheckIn;
}

const forfeit = task(async function forfeit(matchId: string, teamId: string) {
  await fetch(`https://api.tourney.internal/v3/matches/${matchId}/forfeit`, {
    method: "POST",
    body: JSON.stringify({ team_id: teamId }),
  });
  return { forfeited: teamId };
});

export const main = workflow(async (match_id: string, teams: string[], grace_minutes = 10) => {
  await sleep(grace_minutes * 60);
  const out: Record<string, string> = {};
  for (const teamId of teams) {
    const status = await step(`checkin_${teamId}`, () => pollCheckin(match_id, teamId)).catch(() => ({ // expect: WAC202, WAC103
      ready: false,
      players: 0,
    }));
    if (!status.ready || status.players < 5) {
      await forfeit(match_id, teamId);
      out[teamId] = "forfeit";
    } else {
      out[teamId] = "ready";
    }
  }
  return out;
});
