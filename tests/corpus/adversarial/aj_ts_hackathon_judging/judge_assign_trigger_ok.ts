// SDK: windmill-client 1.818.0 client.mjs / client.d.ts: task(fn, { retry: { attempts, delay, multiplier } }) is the SDK's retry policy (assertUsableRetry checks `attempts`); a named function expression gives the task its name
// Ported from Trigger.dev v3 the way the WAC guide writes it.
import { step, task, workflow } from "windmill-client";

type Submission = { id: string; team: string; repo: string; track: "ai" | "climate" | "open" };
type Score = { submissionId: string; judge: string; total: number };

const JUDGES: Record<Submission["track"], string[]> = {
  ai: ["ada", "grace", "linus"],
  climate: ["rachel", "wangari"],
  open: ["tim", "margaret", "ken"],
};

const scoreSubmission = task(async function scoreSubmission(submission: Submission, judge: string): Promise<Score> {
  const r = await fetch("https://judging.hackday.example/api/scores", {
    method: "POST",
    body: JSON.stringify({ submission: submission.id, judge }),
  });
  const body = (await r.json()) as { total: number };
  return { submissionId: submission.id, judge, total: body.total };
});

const publishLeaderboard = task(
  async (rows: Array<{ team: string; avg: number }>) => {
    const r = await fetch("https://hackday.example/api/leaderboard", {
      method: "PUT",
      body: JSON.stringify(rows),
    });
    return r.ok;
  },
  { retry: { attempts: 3, delay: 20, multiplier: 2 } },
);

export const main = workflow(async (submissions: Submission[]) => {
  const scores: Score[] = [];
  for (const submission of submissions) {
    const panel = JUDGES[submission.track];
    scores.push(...(await Promise.all(panel.map((judge) => scoreSubmission(submission, judge)))));
  }
  const rows = await step("averages", () => {
    const byTeam = new Map<string, number[]>();
    for (const s of scores) {
      const team = submissions.find((x) => x.id === s.submissionId)!.team;
      byTeam.set(team, [...(byTeam.get(team) ?? []), s.total]);
    }
    return [...byTeam].map(([team, t]) => ({ team, avg: t.reduce((a, b) => a + b, 0) / t.length }));
  });
  await publishLeaderboard(rows.toSorted((a, b) => b.avg - a.avg));
  return rows;
});
