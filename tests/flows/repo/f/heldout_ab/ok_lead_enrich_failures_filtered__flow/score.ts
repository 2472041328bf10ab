type Profile = { email: string; seniority: string; company: string | null };

const WEIGHTS: Record<string, number> = { c_suite: 5, vp: 4, director: 3, manager: 2 };

export async function main(profiles: Profile[], seniorities: string[], attempted: number) {
  const scored = profiles.map((p) => ({ ...p, score: (WEIGHTS[p.seniority] ?? 1) + (p.company ? 1 : 0) }));
  return {
    scored,
    matched: seniorities.length,
    missed: attempted - profiles.length,
  };
}
