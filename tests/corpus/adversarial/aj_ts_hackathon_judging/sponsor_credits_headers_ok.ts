// SDK: windmill-client 1.818.0 client.mjs: a task's result comes back through JSON; the headers the body needs are copied into a plain object (Object.fromEntries over Headers' entries) before returning, so they survive the round trip
import { step, task, workflow } from "windmill-client";

type Team = { id: string; name: string; members: string[] };

const grantCredits = task(async (teamId: string, sponsor: "cloudco" | "gpuhub", amountUsd: number) => {
  const r = await fetch(`https://partners.hackday.example/${sponsor}/credits`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ teamId, amountUsd }),
  });
  if (!r.ok) throw new Error(`${sponsor} refused credits for ${teamId}: ${r.status}`);
  const body = (await r.json()) as { code: string; expires: string };
  return { ...body, headers: Object.fromEntries(r.headers) as Record<string, string> };
});

const emailTeam = task(async (team: Team, codes: string[]) => {
  await fetch("https://mail.hackday.example/send", {
    method: "POST",
    body: JSON.stringify({ to: team.members, template: "credits", codes }),
  });
  return true;
});

export const main = workflow(async (teams: Team[], perTeamUsd: number = 250) => {
  const issued: Record<string, string[]> = {};
  let pauseAfter = Infinity;
  for (const [i, team] of teams.entries()) {
    if (i >= pauseAfter) break;
    const cloud = await grantCredits(team.id, "cloudco", perTeamUsd);
    const gpu = await grantCredits(team.id, "gpuhub", perTeamUsd * 2);
    issued[team.id] = [cloud.code, gpu.code];
    const remaining = Number(gpu.headers["x-ratelimit-remaining"] ?? "100");
    if (remaining < 5) pauseAfter = i + 1;
    await emailTeam(team, issued[team.id]);
  }
  return await step("issued", () => ({ teams: Object.keys(issued).length, issued }));
});
