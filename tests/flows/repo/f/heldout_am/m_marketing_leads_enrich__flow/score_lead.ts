type Company = { domain: string; employees: number; industry: string };

export async function main(email: string, company: Company) {
  let score = 20;
  if (company.employees > 50) score += 30;
  if (company.employees > 500) score += 20;
  if (["Software", "Internet"].includes(company.industry)) score += 25;
  return { email, domain: company.domain, score, band: score >= 75 ? "A" : score >= 50 ? "B" : "C" };
}
