// SDK: windmill-client 1.818.0 a workflow whose body is pure shaping of task results: flatMap / Object.groupBy / toSorted with explicit comparators, zod schemas at the boundary; fan-out with Promise.all over the input list
import { task, workflow } from "windmill-client";
import { z } from "zod";

const Effort = z.object({ athlete: z.string(), segment: z.string(), seconds: z.number(), date: z.string() });
type Effort = z.infer<typeof Effort>;

const loadEfforts = task(async function loadEfforts(segment: string, season: string) {
  const res = await fetch(`https://api.velo-club.example/segments/${segment}/efforts?season=${season}`);
  if (!res.ok) throw new Error(`segment ${segment}: ${res.status}`);
  return res.json();
});

const publishBoard = task(async function publishBoard(season: string, rows: { athlete: string; points: number }[]) {
  const res = await fetch(`https://velo-club.example/api/boards/${season}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(rows),
  });
  return res.ok;
});

const POINTS = [25, 18, 15, 12, 10, 8, 6, 4, 2, 1];

export const main = workflow(async (segments: string[], season: string) => {
  const raw = await Promise.all(segments.map((s) => loadEfforts(s, season)));
  const efforts: Effort[] = raw.flatMap((r) => z.array(Effort).parse(r));

  const bySegment = Object.groupBy(efforts, (e) => e.segment);
  const points = new Map<string, number>();
  for (const segment of [...segments].sort()) {
    const best = new Map<string, number>();
    for (const e of bySegment[segment] ?? []) {
      best.set(e.athlete, Math.min(best.get(e.athlete) ?? Infinity, e.seconds));
    }
    [...best.entries()]
      .toSorted((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, POINTS.length)
      .forEach(([athlete], i) => points.set(athlete, (points.get(athlete) ?? 0) + POINTS[i]));
  }

  const rows = [...points.entries()]
    .map(([athlete, p]) => ({ athlete, points: p }))
    .toSorted((a, b) => b.points - a.points || a.athlete.localeCompare(b.athlete));
  const ok = await publishBoard(season, rows);
  return { season, riders: rows.length, leader: rows[0]?.athlete ?? null, published: ok };
});
