type Statuspage = { page_id: string; api_key: string };

export async function main(statuspage: Statuspage, title: string, impact: "critical" | "major" | "minor") {
  const res = await fetch(`https://api.statuspage.io/v1/pages/${statuspage.page_id}/incidents`, {
    method: "POST",
    headers: { Authorization: `OAuth ${statuspage.api_key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ incident: { name: title, status: "investigating", impact_override: impact } }),
  });
  if (!res.ok) throw new Error(`statuspage ${res.status}`);
  const body = await res.json();
  return { id: body.id, shortlink: body.shortlink };
}
