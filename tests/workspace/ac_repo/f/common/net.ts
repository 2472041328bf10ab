// HTTP helpers of the resort-ops team.
const OPS_API = "https://ops.resort.example/api";

export async function postJson(path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${OPS_API}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`ops api ${path}: ${res.status}`);
  return res.json();
}

export function joinPath(...parts: string[]): string {
  return parts.map((p) => p.replace(/^\/+|\/+$/g, "")).join("/");
}
