// SDK: windmill-client 1.818.0 money as integer cents and BigInt-free arithmetic; dates crossed as ISO strings and rebuilt with new Date(...); Date.UTC for day boundaries; a `save` method on an in-memory ledger; invoices sent in a sorted order
import { task, workflow } from "windmill-client";

type Gate = { container: string; consignee: string; dischargedAt: string; gatedOutAt: string | null };

const FREE_DAYS = 4;
const TIERS = [
  { upTo: 3, cents: 4_500 },
  { upTo: 7, cents: 9_000 },
  { upTo: Infinity, cents: 18_000 },
];

class Ledger {
  private lines = new Map<string, { container: string; days: number; cents: number }[]>();
  save(consignee: string, container: string, days: number, cents: number) {
    const list = this.lines.get(consignee) ?? [];
    list.push({ container, days, cents });
    this.lines.set(consignee, list);
  }
  consignees(): string[] {
    return [...this.lines.keys()].sort();
  }
  linesFor(c: string) {
    return this.lines.get(c) ?? [];
  }
}

function dayIndex(iso: string): number {
  const d = new Date(iso);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) / 86_400_000;
}

function charge(days: number): number {
  let cents = 0;
  let remaining = days;
  let prev = 0;
  for (const t of TIERS) {
    const span = Math.min(remaining, t.upTo - prev);
    if (span <= 0) break;
    cents += span * t.cents;
    remaining -= span;
    prev = t.upTo;
  }
  return cents;
}

const gateMoves = task(async (terminal: string, month: string): Promise<Gate[]> => {
  const res = await fetch(`https://tos.port.example/${terminal}/gate-moves?month=${month}`);
  return await res.json();
});

const invoice = task(async (consignee: string, lines: { container: string; days: number; cents: number }[], asOf: string) => {
  const res = await fetch("https://billing.port.example/invoices", {
    method: "POST",
    body: JSON.stringify({ consignee, lines, asOf, total: lines.reduce((s, l) => s + l.cents, 0) }),
  });
  return (await res.json()).number as string;
});

export const main = workflow(async (terminal: string, month: string, asOf: string) => {
  const moves = await gateMoves(terminal, month);
  const ledger = new Ledger();
  for (const m of moves) {
    const end = m.gatedOutAt ?? asOf;
    const days = dayIndex(end) - dayIndex(m.dischargedAt) - FREE_DAYS;
    if (days > 0) ledger.save(m.consignee, m.container, days, charge(days));
  }
  const numbers: Record<string, string> = {};
  for (const c of ledger.consignees()) {
    numbers[c] = await invoice(c, ledger.linesFor(c), asOf);
  }
  return { terminal, month, invoices: numbers };
});
