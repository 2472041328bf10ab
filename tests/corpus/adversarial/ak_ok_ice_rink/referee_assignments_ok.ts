// SDK: windmill-client 1.818.0: waitForApproval({ key, timeout, form, description }) with a literal key; getApprovalUrls(key, approver) in a step before the notification
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Game = { id: string; rink: string; faceoff: string; level: "junior" | "senior" };
type Official = { id: string; name: string; grade: number; homeRink: string };

const MIN_GRADE = { junior: 2, senior: 4 } as const;

function proposal(games: Game[], officials: Official[]) {
  const byGrade = [...officials].sort((a, b) => b.grade - a.grade || a.id.localeCompare(b.id, "en"));
  const load = new Map<string, number>();
  return games.map((g) => {
    const pick = byGrade
      .filter((o) => o.grade >= MIN_GRADE[g.level])
      .sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) || Number(a.homeRink !== g.rink) - Number(b.homeRink !== g.rink))[0];
    if (pick) load.set(pick.id, (load.get(pick.id) ?? 0) + 1);
    return { game: g.id, official: pick?.id ?? null };
  });
}

const notifyAssignor = task(async (assignor: string, page: string, unfilled: number) => {
  await fetch("https://chat.example-ice.org/hooks/officials", {
    method: "POST",
    body: JSON.stringify({ to: assignor, text: `Assignments ready (${unfilled} unfilled): ${page}` }),
  });
});

const publishAssignments = task(async (rows: { game: string; official: string | null }[]) => {
  const res = await fetch("https://league.example-ice.org/api/assignments", { method: "PUT", body: JSON.stringify(rows) });
  return res.status;
});

export const main = workflow(async (games: Game[], officials: Official[], assignor: string) => {
  const rows = proposal(games, officials);
  const unfilled = rows.filter((r) => r.official === null).length;
  const urls = await step("assignor_urls", () => getApprovalUrls("assignor_review", assignor));
  await notifyAssignor(assignor, urls.approvalPage, unfilled);
  const review = await waitForApproval({
    key: "assignor_review",
    timeout: 2 * 86400,
    description: { markdown: `**${rows.length}** games, **${unfilled}** unfilled` },
    form: { type: "object", properties: { swaps: { type: "string", description: "game:official, one per line" } } },
  });
  if (!review.approved) return { published: false };
  const swaps = String(review.value?.swaps ?? "")
    .split("\n")
    .map((l) => l.trim().split(":"))
    .filter((p) => p.length === 2);
  const final = rows.map((r) => {
    const s = swaps.find(([g]) => g === r.game);
    return s ? { game: r.game, official: s[1] } : r;
  });
  return { published: true, status: await publishAssignments(final) };
});
