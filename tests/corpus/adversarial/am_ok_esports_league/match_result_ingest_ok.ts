// SDK: windmill-client 1.818.0: a catch that rethrows unless the error's name is "TaskError" lets StepSuspend through; crypto.randomUUID only inside a task; Set iteration is insertion-ordered
import { task, workflow } from "windmill-client";
import { randomUUID } from "node:crypto";

type Result = { matchId: string; winner: string; loser: string; score: string };

const fetchResults = task(async (league: string, round: number): Promise<Result[]> => {
  const r = await fetch(`https://stats.example-frag.gg/leagues/${league}/rounds/${round}/results`);
  if (!r.ok) throw new Error(`results ${r.status}`);
  return await r.json();
});

const recordResult = task(async (res: Result) => {
  const r = await fetch("https://league.example-frag.gg/api/results", {
    method: "POST",
    headers: { "content-type": "application/json", "x-request-id": randomUUID() },
    body: JSON.stringify(res),
  });
  if (r.status === 409) throw new Error(`duplicate ${res.matchId}`);
  return res.matchId;
});

export const main = workflow(async (league: string, round: number) => {
  const results = await fetchResults(league, round);
  const teams = new Set<string>();
  for (const r of results) {
    teams.add(r.winner);
    teams.add(r.loser);
  }
  const recorded: string[] = [];
  const duplicates: string[] = [];
  for (const res of results) {
    try {
      recorded.push(await recordResult(res));
    } catch (e) {
      if ((e as Error).name !== "TaskError") throw e;
      duplicates.push(res.matchId);
    }
  }
  return { recorded, duplicates, teams: [...teams] };
});
