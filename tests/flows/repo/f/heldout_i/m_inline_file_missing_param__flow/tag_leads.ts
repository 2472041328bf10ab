type Lead = { email: string; score: number };

export async function main(leads: Lead[], threshold: number, tag = "hot") {
  return leads.filter((l) => l.score >= threshold).map((l) => ({ ...l, tag }));
}
