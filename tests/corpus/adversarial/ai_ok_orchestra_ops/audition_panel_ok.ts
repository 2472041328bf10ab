// SDK: windmill-client 1.818.0: Promise.all over task calls, result mapped right after; clock read only in a task
import { step, task, waitForApproval, workflow } from "windmill-client";

type Candidate = { id: string; name: string; instrument: string; recording: string };
type Score = { candidate: string; judge: string; score: number; at: string };

const JUDGES = ["concertmaster", "section_principal", "music_director"];

const scoreRecording = task(async (judge: string, c: Candidate): Promise<Score> => {
  const res = await fetch(`https://auditions.example.org/api/score?judge=${judge}&c=${c.id}`);
  const { score } = (await res.json()) as { score: number };
  return { candidate: c.id, judge, score, at: new Date().toISOString() };
});

const sendInvites = task(async (ids: string[]) => {
  await fetch("https://auditions.example.org/api/invite", { method: "POST", body: JSON.stringify({ ids }) });
  return ids.length;
});

export const main = workflow(async (candidates: Candidate[], shortlistSize = 5) => {
  const scores: Score[] = [];
  for (const c of candidates) {
    const perJudge = await Promise.all(JUDGES.map((j) => scoreRecording(j, c)));
    scores.push(...perJudge);
  }
  const totals = new Map<string, number>();
  for (const s of scores) totals.set(s.candidate, (totals.get(s.candidate) ?? 0) + s.score);
  const shortlist = [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, shortlistSize)
    .map(([id]) => id);
  const approval = await waitForApproval({
    timeout: 2 * 86400,
    form: { type: "object", properties: { note: { type: "string" } } },
  });
  if (!approval.approved) return { shortlist, invited: 0 };
  const invited = await sendInvites(shortlist);
  const doneAt = await step("done_at", () => new Date().toISOString());
  return { shortlist, invited, doneAt };
});
