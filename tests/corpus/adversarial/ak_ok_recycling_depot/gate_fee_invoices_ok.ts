// SDK: windmill-client 1.818.0: an Intl.NumberFormat with an explicit locale and currency is pure; the invoice date comes from the input period, not the clock
import { parallel, task, workflow } from "windmill-client";

const EUR = new Intl.NumberFormat("en-IE", { style: "currency", currency: "EUR" });

type Visit = { account: string; material: string; tonnes: number };
type Rates = { [material: string]: number };

const DEFAULT_RATES: Rates = { general: 145, green: 48, rubble: 22, wood: 61 };

function loadRates(overrides: Rates | undefined): Rates {
  return { ...DEFAULT_RATES, ...(overrides ?? {}) };
}

function lastDayOf(period: string): string {
  const [y, m] = period.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

const issueInvoice = task(async (account: string, lines: { text: string; cents: number }[], dueOn: string) => {
  const res = await fetch("https://billing.example-depot.org/api/invoices", {
    method: "POST",
    body: JSON.stringify({ account, lines, dueOn }),
  });
  return ((await res.json()) as { number: string }).number;
});

export const main = workflow(async (period: string, visits: Visit[], rateOverrides?: Rates) => {
  const rates = loadRates(rateOverrides);
  const byAccount = new Map<string, { text: string; cents: number }[]>();
  for (const v of visits) {
    const cents = Math.round(v.tonnes * (rates[v.material] ?? rates.general) * 100);
    const line = { text: `${v.material} ${v.tonnes.toFixed(2)} t @ ${EUR.format(rates[v.material] ?? rates.general)}`, cents };
    byAccount.set(v.account, [...(byAccount.get(v.account) ?? []), line]);
  }
  const dueOn = lastDayOf(period);
  const accounts = [...byAccount.keys()];
  const numbers = await parallel(accounts, (a: string) => issueInvoice(a, byAccount.get(a) ?? [], dueOn), { concurrency: 4 });
  return accounts.map((a, i) => ({
    account: a,
    invoice: numbers[i],
    total: EUR.format((byAccount.get(a) ?? []).reduce((s, l) => s + l.cents, 0) / 100),
  }));
});
