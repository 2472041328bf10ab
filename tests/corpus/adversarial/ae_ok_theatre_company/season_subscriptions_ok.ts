// SDK: windmill-client 1.818.0 a 150-line renewal run: types, a pure PriceBook class, a local function named `fetch` in a namespace (Pricing.fetch reads a table), tasks for every request, parallel() with concurrency over sorted ids, a catch that rethrows everything but a TaskError by name
import { parallel, step, task, workflow } from "windmill-client";

type Tier = "stalls" | "circle" | "balcony";

interface Subscriber {
  id: string;
  email: string;
  tier: Tier;
  seasons: number;
  concession: boolean;
  seats: string[];
}

interface Renewal {
  id: string;
  cents: number;
  discountPct: number;
  seats: string[];
}

namespace Pricing {
  const TABLE: Record<Tier, number> = { stalls: 32_000, circle: 26_000, balcony: 18_000 };
  export function fetch(tier: Tier): number {
    return TABLE[tier];
  }
  export function loyalty(seasons: number): number {
    return Math.min(20, seasons * 2);
  }
}

class PriceBook {
  constructor(private readonly concessionPct: number) {}

  quote(s: Subscriber): Renewal {
    const base = Pricing.fetch(s.tier) * s.seats.length;
    const discountPct = Pricing.loyalty(s.seasons) + (s.concession ? this.concessionPct : 0);
    return { id: s.id, cents: Math.round((base * (100 - discountPct)) / 100), discountPct, seats: s.seats };
  }
}

const subscribers = task(async (season: string): Promise<Subscriber[]> => {
  const res = await fetch(`https://crm.theatre.example/seasons/${season}/subscribers?status=lapsing`);
  if (!res.ok) throw new Error(`CRM ${res.status}`);
  return await res.json();
});

const holdSeats = task(async (season: string, r: Renewal) => {
  const res = await fetch(`https://seats.theatre.example/seasons/${season}/holds`, {
    method: "POST",
    body: JSON.stringify({ subscriber: r.id, seats: r.seats }),
  });
  if (res.status === 409) throw new Error(`seats taken for ${r.id}`);
  return { id: r.id, hold: (await res.json()).hold as string };
});

const sendRenewal = task(async (email: string, r: Renewal, hold: string, expiresAt: string) => {
  await fetch("https://mail.theatre.example/send", {
    method: "POST",
    body: JSON.stringify({ to: email, template: "renewal", vars: { ...r, hold, expiresAt } }),
  });
  return r.id;
});

const reportRun = task(async (season: string, summary: Record<string, unknown>) => {
  await fetch(`https://crm.theatre.example/seasons/${season}/renewal-runs`, {
    method: "POST",
    body: JSON.stringify(summary),
  });
});

function holdExpiry(startIso: string, days: number): string {
  return new Date(Date.parse(startIso) + days * 86_400_000).toISOString();
}

export const main = workflow(async (season: string, concessionPct = 10, holdDays = 14) => {
  const started = await step("run_started", () => new Date().toISOString());
  const book = new PriceBook(concessionPct);
  const subs = (await subscribers(season)).sort((a, b) => a.id.localeCompare(b.id));
  const byId = new Map(subs.map((s) => [s.id, s]));
  const quotes = subs.map((s) => book.quote(s));

  const holds: { id: string; hold: string }[] = [];
  const conflicts: string[] = [];
  for (const q of quotes) {
    try {
      holds.push(await holdSeats(season, q));
    } catch (e) {
      if (!(e instanceof Error) || e.name !== "TaskError") throw e;
      conflicts.push(q.id);
    }
  }

  const expiresAt = holdExpiry(started, holdDays);
  const quoteById = new Map(quotes.map((q) => [q.id, q]));
  const sent = await parallel(
    holds,
    (h) => sendRenewal(byId.get(h.id)!.email, quoteById.get(h.id)!, h.hold, expiresAt),
    { concurrency: 10 },
  );

  const revenueCents = holds.reduce((sum, h) => sum + (quoteById.get(h.id)?.cents ?? 0), 0);
  await reportRun(season, { started, sent: sent.length, conflicts, revenueCents });
  return { season, sent: sent.length, conflicts, revenueCents, expiresAt };
});
