// SDK: windmill-client 1.818.0: Date.parse of an input string is deterministic; Object.keys(...).sort() fixes the dispatch order; a per-team approval is not used, one literal key for the lock
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

const rosterOf = task(async (team: string) => {
  const r = await fetch(`https://league.example-frag.gg/api/teams/${team}/roster`);
  if (!r.ok) throw new Error(`roster ${team}: ${r.status}`);
  return (await r.json()) as { handle: string; joined: string }[];
});

const lockRosters = task(async (season: string, rosters: Record<string, string[]>) => {
  const r = await fetch(`https://league.example-frag.gg/api/seasons/${season}/roster-lock`, {
    method: "POST",
    body: JSON.stringify(rosters),
  });
  return r.ok;
});

const notifyAdmins = task(async (channel: string, text: string) => {
  await fetch(`https://discord.example-frag.gg/webhooks/${channel}`, { method: "POST", body: JSON.stringify({ content: text }) });
});

export const main = workflow(async (season: string, deadline: string, entries: { region: string; team: string }[]) => {
  const teamsByRegion: Record<string, string[]> = {};
  for (const e of entries) (teamsByRegion[e.region] ??= []).push(e.team);
  const deadlineMs = Date.parse(deadline);
  const rosters: Record<string, string[]> = {};
  const late: string[] = [];
  for (const region of Object.keys(teamsByRegion).sort()) {
    for (const team of teamsByRegion[region]) {
      const members = await rosterOf(team);
      rosters[team] = members.map((m) => m.handle);
      if (members.some((m) => Date.parse(m.joined) > deadlineMs)) late.push(team);
    }
  }
  const urls = await step("lock_urls", () => getApprovalUrls("roster_lock"));
  await notifyAdmins("league-admins", `Lock ${Object.keys(rosters).length} rosters? Late joins: ${late.join(", ") || "none"} ${urls.resume}`);
  const decision = await waitForApproval({ key: "roster_lock", timeout: 86400, skin: "minimal" });
  if (!decision.approved) return { locked: false, late };
  return { locked: await lockRosters(season, rosters), late };
});
