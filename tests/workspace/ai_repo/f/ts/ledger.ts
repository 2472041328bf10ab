const LEDGER_URL = "https://ledger.internal.example";

export default class Ledger {
  constructor(private readonly book: string) {}

  async balance(account: string): Promise<number> {
    const res = await fetch(`${LEDGER_URL}/books/${this.book}/accounts/${account}/balance`);
    const body = (await res.json()) as { balance_minor: number };
    return body.balance_minor;
  }

  async post(entry: { debit: string; credit: string; amountCents: number; ref: string }) {
    const res = await fetch(`${LEDGER_URL}/books/${this.book}/entries`, {
      method: "POST",
      body: JSON.stringify(entry),
    });
    return ((await res.json()) as { entry_id: string }).entry_id;
  }
}
