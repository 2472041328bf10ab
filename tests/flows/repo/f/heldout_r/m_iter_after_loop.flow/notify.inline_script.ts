export async function main(domain: string, checks: Array<{ domain: string; days_left: number }>) {
  return { domain, expiring: checks.map((c) => c.domain) }
}
