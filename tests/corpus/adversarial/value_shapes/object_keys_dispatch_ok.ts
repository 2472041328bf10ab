// SDK: windmill-client 1.818.0 client.mjs _allocKey: keys follow call order; Object.keys / Object.entries follow insertion order, which the same input reproduces on every replay.
import { task, workflow } from "windmill-client";

const syncTeam = task(async (team: string, members: string[]) => ({ team, count: members.length }));

export const main = workflow(async (rows: { team: string; member: string }[]) => {
  const teams: Record<string, string[]> = {};
  for (const r of rows) (teams[r.team] ??= []).push(r.member);
  const results = await Promise.all(Object.entries(teams).map(([team, members]) => syncTeam(team, members)));
  const names = Object.keys(teams).sort();
  return { names, results };
});
