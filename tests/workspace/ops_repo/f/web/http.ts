// Shared HTTP helper for the ops API.
const API_BASE = "https://ops.internal.example.com";

export async function post(path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${API_BASE}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`ops API ${res.status}`);
  return res.json();
}
