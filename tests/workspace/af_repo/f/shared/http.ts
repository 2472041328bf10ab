// Small HTTP helpers.
export function buildUrl(base: string, path: string, query: Record<string, string> = {}): string {
  const qs = new URLSearchParams(query).toString();
  return `${base.replace(/\/$/, "")}/${path.replace(/^\//, "")}${qs ? `?${qs}` : ""}`;
}

export async function postJson(url: string, body: unknown): Promise<unknown> {
  const resp = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!resp.ok) throw new Error(`POST ${url}: ${resp.status}`);
  return resp.json();
}
