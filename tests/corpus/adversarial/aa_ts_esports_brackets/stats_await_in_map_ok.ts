// SDK: windmill-client 1.818.0 client.mjs parallel()/task(): two tasks awaited per item inside an async `.map` callback under Promise.all dispatch in the same order each replay; Bun.nanoseconds() only reaches the log line.
import { task, step, workflow } from "windmill-client";

type PlayerStats = { handle: string; kills: number; deaths: number; assists: number };

const fetchMatchStats = task(async function fetchMatchStats(matchId: string): Promise<PlayerStats[]> {
  const res = await fetch(`https://api.tourney.internal/v3/matches/${matchId}/stats`);
  return (await res.json()) as PlayerStats[];
});

const publishMvp = task(async function publishMvp(matchId: string, handle: string, kda: number) {
  await fetch(`https://overlay.tourney.internal/mvp`, {
    method: "POST",
    body: JSON.stringify({ match_id: matchId, handle, kda }),
  });
  return { match_id: matchId, handle };
});

const kda = (s: PlayerStats) => (s.kills + s.assists) / Math.max(1, s.deaths);

export const main = workflow(async (match_ids: string[]) => {
  const t0 = Bun.nanoseconds();
  const mvps = await Promise.all(
    match_ids.map(async (id) => {
      const stats = await fetchMatchStats(id);
      const best = [...stats].sort((a, b) => kda(b) - kda(a) || a.handle.localeCompare(b.handle))[0];
      return await publishMvp(id, best.handle, Number(kda(best).toFixed(2)));
    }),
  );
  console.log(`mvp round took ${((Bun.nanoseconds() - t0) / 1e6).toFixed(1)} ms`);
  return await step("mvps", () => mvps);
});
