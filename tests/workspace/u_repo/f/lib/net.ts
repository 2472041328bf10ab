// Fetch helpers shared by the billing scripts.

export type Json = Record<string, unknown>;

export function authHeader(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
}

export async function postJson(url: string, body: Json, token = ""): Promise<Json> {
  const res = await fetch(url, { method: "POST", headers: authHeader(token), body: JSON.stringify(body) });
  if (!res.ok) {
    throw new Error(`POST ${url} failed: ${res.status}`);
  }
  return (await res.json()) as Json;
}

export async function getJson(url: string, token = ""): Promise<Json> {
  const res = await fetch(url, { headers: authHeader(token) });
  return (await res.json()) as Json;
}
