type GoogleAds = { developer_token: string; access_token: string };

export async function main(ads: GoogleAds, customer_id: string, day: string) {
  const query = `SELECT campaign.id, metrics.cost_micros FROM campaign WHERE segments.date = '${day}'`;
  const resp = await fetch(`https://googleads.googleapis.com/v17/customers/${customer_id}/googleAds:search`, {
    method: "POST",
    headers: {
      "developer-token": ads.developer_token,
      Authorization: `Bearer ${ads.access_token}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ query }),
  });
  if (resp.status === 429) throw new Error("429 RESOURCE_EXHAUSTED");
  const body = await resp.json();
  const rows = (body.results ?? []).map((r: any) => ({
    campaign_id: r.campaign.id,
    cost: Number(r.metrics.costMicros) / 1e6,
  }));
  return { day, rows };
}
