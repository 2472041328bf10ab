type Airtable = { apiKey: string; baseId: string };

export async function main(airtable: Airtable, only: string[] = []) {
  const url = `https://api.airtable.com/v0/${airtable.baseId}/Vendors?filterByFormula=${encodeURIComponent("{Active}")}`;
  const res = await fetch(url, { headers: { Authorization: `Bearer ${airtable.apiKey}` } });
  if (!res.ok) throw new Error(`airtable ${res.status}`);
  const body = await res.json();
  const records = body.records
    .map((r: any) => ({ id: r.id, name: r.fields.Name, feed_url: r.fields.FeedUrl }))
    .filter((v: { id: string }) => only.length === 0 || only.includes(v.id));
  return { records, fetched_at: new Date().toISOString() };
}
