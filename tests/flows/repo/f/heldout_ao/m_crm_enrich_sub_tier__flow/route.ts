export async function main(company: string, employees: number) {
  const owner = employees >= 500 ? "enterprise-team" : employees >= 50 ? "mid-market" : "self-serve";
  return { company, owner };
}
