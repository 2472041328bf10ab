type Amplitude = { api_key: string; secret_key: string };

export async function main(amplitude: Amplitude, inactive_days: number = 21) {
  const auth = btoa(`${amplitude.api_key}:${amplitude.secret_key}`);
  const res = await fetch(`https://amplitude.com/api/2/cohorts/inactive?days=${inactive_days}`, {
    headers: { Authorization: `Basic ${auth}` },
  });
  const body = (await res.json()) as { rows: { account: string; owner: string; last_seen: string }[] };
  return body.rows.map((r) => ({
    account_id: r.account,
    owner_email: r.owner,
    last_seen: r.last_seen,
  }));
}
