// SDK: none imported; fetch is network I/O; the Map is module state rebuilt on every load
const API = "https://ops.example-fleet.io";
const rateCache = new Map<string, number>([["EUR", 1]]);
let requests = 0;

export async function postJson(path: string, body: unknown): Promise<any> {
  requests += 1;
  const resp = await fetch(`${API}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!resp.ok) throw new Error(`${path}: ${resp.status}`);
  return resp.json();
}

export async function getRate(currency: string): Promise<number> {
  const hit = rateCache.get(currency);
  if (hit !== undefined) return hit;
  const resp = await fetch(`${API}/fx?symbol=${currency}`);
  const rate = Number((await resp.json()).rate);
  rateCache.set(currency, rate);
  return rate;
}

export function cachedRate(currency: string): number {
  return rateCache.get(currency) ?? 1;
}

export function requestCount(): number {
  return requests;
}

export default async function notifySlack(channel: string, text: string): Promise<void> {
  await fetch("https://hooks.slack.example/services/T000/B000", {
    method: "POST",
    body: JSON.stringify({ channel, text }),
  });
}
