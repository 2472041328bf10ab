// SDK: plain Bun script exporting a default main-less helper plus main; Intl and Date in a plain script are fine
import * as wmill from "windmill-client";
import postgres from "postgres";

type Session = { artist: string; price: number; tip: number; paidAt: string };

const fmt = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });

export function commissionFor(sessions: Session[], rate: number) {
  const byArtist = new Map<string, { gross: number; tips: number }>();
  for (const s of sessions) {
    const cur = byArtist.get(s.artist) ?? { gross: 0, tips: 0 };
    cur.gross += s.price;
    cur.tips += s.tip;
    byArtist.set(s.artist, cur);
  }
  return [...byArtist].map(([artist, v]) => ({
    artist,
    gross: fmt.format(v.gross),
    commission: fmt.format(v.gross * rate),
    tips: fmt.format(v.tips),
  }));
}

export async function main(month: string, rate = 0.6) {
  const sql = postgres((await wmill.getResource("f/tattoo/pg")).connectionString);
  try {
    const sessions = await sql<Session[]>`
      select artist, price, tip, paid_at as "paidAt" from sessions where to_char(paid_at, 'YYYY-MM') = ${month}`;
    return { month, generated: new Date().toISOString(), lines: commissionFor(sessions, rate) };
  } finally {
    await sql.end();
  }
}
