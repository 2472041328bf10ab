export async function main(resort: string) {
  const resp = await fetch(`https://snow.example.org/api/v2/resorts/${encodeURIComponent(resort)}/report`);
  if (!resp.ok) throw new Error(`snow report ${resp.status}`);
  const body = await resp.json();
  // the feed gives the depth as text, sometimes "n/a"
  return { depth_cm: String(body.base_depth), condition: String(body.surface ?? "unknown") };
}
