type GoogleAds = { developer_token: string; access_token: string };

export async function main(ads: GoogleAds, customer_id: string) {
  const resp = await fetch(`https://googleads.googleapis.com/v17/customers/${customer_id}:quota`, {
    headers: { "developer-token": ads.developer_token, Authorization: `Bearer ${ads.access_token}` },
  });
  const body = await resp.json();
  return { remaining: body.remaining ?? 0, throttle_seconds: body.retryDelaySeconds ?? 5 };
}
