export async function postJson(url: string, body: unknown): Promise<number> {
  const res = await fetch(url, { method: "POST", body: JSON.stringify(body) });
  return res.status;
}

export function authHeader(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}
