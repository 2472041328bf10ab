// SDK: windmill-client 1.818.0 index.js `_runInlineStep`: the step's result is stored as `JSON.stringify` of it; the object the name `sheet` holds carries a `Map`, which becomes `{}`, so `sheet.byJudge.get(...)` is not a function after the checkpoint
import { step, task, workflow } from "windmill-client";

const fetchScores = task(async function fetchScores(showId: string) {
  const r = await fetch(`https://judging.quiltguild.example/api/shows/${showId}/scores`);
  return (await r.json()) as { judge: string; entry: string; points: number }[];
});

export const main = workflow(async (showId: string, judge: string) => {
  const scores = await fetchScores(showId);
  const sheet = await step("tally_sheet", () => {
    const tally = { showId, byJudge: new Map<string, number>() };
    for (const s of scores) tally.byJudge.set(s.judge, (tally.byJudge.get(s.judge) ?? 0) + s.points);
    return tally; // expect: WAC107
  });
  return { judge, points: sheet.byJudge.get(judge) ?? 0 };
});
