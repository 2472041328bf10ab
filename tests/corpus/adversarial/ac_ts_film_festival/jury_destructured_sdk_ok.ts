// SDK: windmill-client 1.818.0 + windmill-oracle dag: names destructured from the namespace under their own spelling are the bare names the WAC parser matches
import * as wmill from "windmill-client";

const { task, step, workflow } = wmill;

const scoreFilm = task(async (filmId: string, juror: string) => {
  const r = await fetch(`https://jury.reelfest.example/api/films/${filmId}/scores/${juror}`);
  return (await r.json()) as { filmId: string; juror: string; score: number };
});

const recordAward = task(async (section: string, filmId: string, score: number) => {
  await fetch(`https://cms.reelfest.example/sections/${section}/award`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ filmId, score }),
  });
  return { filmId, score };
});

export const main = workflow(async (section: string, filmIds: string[], jurors: string[]) => {
  const scores = [];
  for (const filmId of filmIds) {
    const perJuror = await Promise.all(jurors.map((j) => scoreFilm(filmId, j)));
    scores.push({ filmId, mean: perJuror.reduce((s, x) => s + x.score, 0) / Math.max(1, perJuror.length) });
  }
  const winner = await step("winner", () => scores.toSorted((a, b) => b.mean - a.mean || a.filmId.localeCompare(b.filmId))[0]);
  if (!winner) return { section, winner: null };
  return await recordAward(section, winner.filmId, winner.mean);
});
