// SDK: windmill-client 1.818.0 client.mjs: step() returns JSON.parse(encodeCheckpointPayload(...)), so the Set of voter ids comes back as {} and `.has` is not a function
import { task, step, workflow } from "windmill-client";

interface Ballot {
  voterId: string;
  filmId: string;
  stars: 1 | 2 | 3 | 4 | 5;
}

const pullBallots = task(async (screeningId: string, cursor: string | null) => {
  const q = cursor ? `?after=${encodeURIComponent(cursor)}` : "";
  const r = await fetch(`https://vote.reelfest.example/api/screenings/${screeningId}/ballots${q}`);
  return (await r.json()) as { ballots: Ballot[]; next: string | null };
});

const publishAudienceScore = task(async (filmId: string, mean: number, votes: number) => {
  await fetch(`https://cms.reelfest.example/films/${filmId}/audience`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ mean, votes }),
  });
  return { filmId, mean, votes };
});

export const main = workflow(async (screeningId: string, filmId: string, staffIds: string[]) => {
  const staff = await step("staff", () => new Set(staffIds.map((s) => s.toLowerCase()))); // expect: WAC107

  const counted: Ballot[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const res = await pullBallots(screeningId, cursor);
    for (const b of res.ballots) {
      if (b.filmId === filmId && !staff.has(b.voterId.toLowerCase())) counted.push(b);
    }
    if (!res.next) break;
    cursor = res.next;
  }

  const mean = counted.reduce((s, b) => s + b.stars, 0) / Math.max(1, counted.length);
  return await publishAudienceScore(filmId, Math.round(mean * 100) / 100, counted.length);
});
