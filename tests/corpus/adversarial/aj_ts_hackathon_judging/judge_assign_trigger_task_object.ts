// SDK: windmill-client 1.818.0 client.mjs: task(fnOrPath, ...) takes a function (or a path then a function); given Trigger.dev's `{ id, run }` object the task has no name (`fn.name` is undefined) and the child job that executes it calls `fn(...args)` on the object: TypeError, the task always fails
// Ported from Trigger.dev v3: `export const scoreSubmission = task({ id: "score-submission", run: async (payload) => ... })`.
import { step, task, workflow } from "windmill-client";

type Submission = { id: string; team: string; repo: string; track: "ai" | "climate" | "open" };
type Score = { submissionId: string; judge: string; total: number };

const JUDGES: Record<Submission["track"], string[]> = {
  ai: ["ada", "grace", "linus"],
  climate: ["rachel", "wangari"],
  open: ["tim", "margaret", "ken"],
};

const scoreSubmission = task({ // expect: WAC301
  id: "score-submission",
  run: async (payload: { submission: Submission; judge: string }): Promise<Score> => {
    const r = await fetch("https://judging.hackday.example/api/scores", {
      method: "POST",
      body: JSON.stringify({ submission: payload.submission.id, judge: payload.judge }),
    });
    const body = (await r.json()) as { total: number };
    return { submissionId: payload.submission.id, judge: payload.judge, total: body.total };
  },
});

const publishLeaderboard = task(
  async (rows: Array<{ team: string; avg: number }>) => {
    const r = await fetch("https://hackday.example/api/leaderboard", {
      method: "PUT",
      body: JSON.stringify(rows),
    });
    return r.ok;
  },
  { retry: { maxAttempts: 3 } }, // expect: WAC302
);

export const main = workflow(async (submissions: Submission[]) => {
  const scores: Score[] = [];
  for (const submission of submissions) {
    const panel = JUDGES[submission.track];
    const results = await Promise.all(panel.map((judge) => scoreSubmission({ submission, judge })));
    scores.push(...results);
  }
  const rows = await step("averages", () => {
    const byTeam = new Map<string, number[]>();
    for (const s of scores) {
      const team = submissions.find((x) => x.id === s.submissionId)!.team;
      byTeam.set(team, [...(byTeam.get(team) ?? []), s.total]);
    }
    return [...byTeam].map(([team, t]) => ({ team, avg: t.reduce((a, b) => a + b, 0) / t.length }));
  });
  await publishLeaderboard(rows.sort((a, b) => b.avg - a.avg));
  return rows;
});
