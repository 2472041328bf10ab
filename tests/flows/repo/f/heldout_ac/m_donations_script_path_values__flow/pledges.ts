import * as wmill from "windmill-client";

export async function main(campaign: string) {
  const crm = await wmill.getResource("f/charity/crm");
  const res = await fetch(`${crm.url}/campaigns/${campaign}/pledges?status=due`, {
    headers: { Authorization: `Bearer ${crm.token}` },
  });
  if (!res.ok) throw new Error(`crm answered ${res.status}`);
  const pledges: Array<{ id: string; donor_customer: string; amount_cents: number }> = await res.json();
  return pledges;
}
