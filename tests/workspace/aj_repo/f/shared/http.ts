// JSON over the hospital integration gateway.
const GATEWAY = "https://gw.stmarys-lab.internal";

export async function postJson<T = unknown>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`${GATEWAY}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`gateway ${res.status} on ${path}`);
  return (await res.json()) as T;
}

export async function getJson<T = unknown>(path: string): Promise<T> {
  const res = await fetch(`${GATEWAY}${path}`);
  if (!res.ok) throw new Error(`gateway ${res.status} on ${path}`);
  return (await res.json()) as T;
}
