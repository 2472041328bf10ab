type Scored = { code: string; title: string; track: string; score: number };

export async function main(by_track: Record<string, Scored[]>, slots_per_track: number) {
  const accepted: Record<string, string[]> = {};
  for (const [track, talks] of Object.entries(by_track)) {
    accepted[track] = talks
      .toSorted((a, b) => b.score - a.score)
      .slice(0, slots_per_track)
      .map((t) => t.code);
  }
  return { accepted, tracks: Object.keys(accepted).length };
}
