// SDK: windmill-client 1.818.0 a plain Bun script, not a workflow: getVariable / getState / setState (client.d.ts) keep the last item id between scheduled runs; the fetch retry loop with a broad catch is ordinary script code
import * as wmill from "windmill-client";

type Item = { id: number; room: string; description: string; found_at: string; claimed: boolean };

const API = "https://lostfound.hotel.example/api";
const HOLD_DAYS = 90;

async function getJson<T>(url: string, token: string): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return (await res.json()) as T;
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
    }
  }
  throw lastError;
}

function expired(item: Item, now: number): boolean {
  return !item.claimed && now - Date.parse(item.found_at) > HOLD_DAYS * 86_400_000;
}

export async function main(property: string, donate_to: string = "Goodwill") {
  const token = await wmill.getVariable("f/hotel/lostfound_token");
  const state = ((await wmill.getState()) as { lastId?: number } | undefined) ?? {};
  const items = await getJson<Item[]>(`${API}/${property}/items?after=${state.lastId ?? 0}`, token);
  const now = Date.now();
  const toDonate = items.filter((i) => expired(i, now));
  for (const item of toDonate) {
    await fetch(`${API}/${property}/items/${item.id}/dispose`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ to: donate_to }),
    });
  }
  const lastId = items.reduce((m, i) => Math.max(m, i.id), state.lastId ?? 0);
  await wmill.setState({ lastId, ranAt: new Date().toISOString() });
  return { scanned: items.length, donated: toDonate.map((i) => i.id), lastId };
}
