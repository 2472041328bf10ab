export function main(deliverable: boolean, industry: string | null, employees: number) {
  let score = deliverable ? 40 : 0;
  if (industry === "Software" || industry === "Internet") score += 30;
  if (employees >= 50) score += 20;
  if (employees >= 1000) score += 10;
  return { score, tier: score >= 70 ? "A" : score >= 40 ? "B" : "C" };
}
