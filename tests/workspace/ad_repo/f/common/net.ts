// HTTP helpers for Bun scripts. Mirrors f/common/http.py.
export const GATEWAY = "https://scada-gw.riverbend.internal";

export async function postJson<T = unknown>(path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(`${GATEWAY}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export function meterUrl(meterId: string): string {
  return `${GATEWAY}/meters/${encodeURIComponent(meterId)}`;
}
