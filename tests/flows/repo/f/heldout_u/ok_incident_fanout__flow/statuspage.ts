import * as wmill from "windmill-client";

export async function main(title: string, channel_url: string) {
  const sp = await wmill.getResource("f/ops/statuspage");
  const r = await fetch(`https://api.statuspage.io/v1/pages/${sp.page_id}/incidents`, {
    method: "POST",
    headers: { Authorization: `OAuth ${sp.api_key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ incident: { name: title, status: "investigating", metadata: { slack: channel_url } } }),
  });
  if (!r.ok) throw new Error(`Statuspage ${r.status}`);
  const inc = await r.json();
  return { incident_id: inc.id, shortlink: inc.shortlink };
}
