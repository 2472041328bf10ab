type Claim = { claim_id: string; reject_code: string; rx_number: string };

export async function main(pages: { claims: Claim[] }[]) {
  const all = pages.flatMap((p) => p.claims);
  const byCode: Record<string, number> = {};
  for (const c of all) byCode[c.reject_code] = (byCode[c.reject_code] ?? 0) + 1;
  const resubmit = all.filter((c) => ["75", "76", "79"].includes(c.reject_code)).map((c) => c.claim_id);
  return { total: all.length, by_code: byCode, resubmit };
}
