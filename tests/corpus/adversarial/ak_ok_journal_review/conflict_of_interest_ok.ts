// SDK: windmill-client 1.818.0: structuredClone / sorting with an explicit locale / Set are pure in the body; parallel over a sorted array maps in order
import { parallel, task, workflow } from "windmill-client";

type Person = { orcid: string; name: string; affiliations: string[]; coauthors: string[] };
type Candidate = { orcid: string; name: string; affiliations: string[]; coauthors: string[]; expertise: string[] };

const fetchPublications = task(async (orcid: string) => {
  const res = await fetch(`https://pub.example.org/v3.0/${orcid}/works`, { headers: { accept: "application/json" } });
  const body = (await res.json()) as { group: { title: string; year: number; coauthors: string[] }[] };
  return body.group.map((g) => ({ title: g.title, year: g.year, coauthors: g.coauthors }));
});

function conflicts(author: Person, c: Candidate, recentCoauthors: Set<string>): string[] {
  const reasons: string[] = [];
  const sharedAff = c.affiliations.filter((a) => author.affiliations.includes(a));
  if (sharedAff.length) reasons.push(`same institution: ${sharedAff.join(", ")}`);
  if (recentCoauthors.has(author.orcid)) reasons.push("co-authored in the last 3 years");
  return reasons;
}

export const main = workflow(async (author: Person, candidates: Candidate[], year: number) => {
  const pool = structuredClone(candidates).sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
  const pubs = await parallel(
    pool.map((c) => c.orcid),
    fetchPublications,
    { concurrency: 3 },
  );
  const verdicts = pool.map((c, i) => {
    const recent = new Set(pubs[i].filter((p) => p.year >= year - 3).flatMap((p) => p.coauthors));
    const reasons = conflicts(author, c, recent);
    return { orcid: c.orcid, name: c.name, eligible: reasons.length === 0, reasons };
  });
  return {
    eligible: verdicts.filter((v) => v.eligible).map((v) => v.orcid),
    excluded: verdicts.filter((v) => !v.eligible),
  };
});
