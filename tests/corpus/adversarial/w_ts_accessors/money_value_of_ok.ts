// SDK: windmill-client 1.818.0 task results are JSON; valueOf/toString/getters on a class built from them are pure
import { task, workflow } from "windmill-client";

class Money {
  constructor(
    readonly cents: number,
    readonly currency: string,
  ) {}
  valueOf(): number {
    return this.cents;
  }
  toString(): string {
    return `${(this.cents / 100).toFixed(2)} ${this.currency}`;
  }
  get isZero(): boolean {
    return this.cents === 0;
  }
}

const fetchBalance = task(async (accountId: string) => {
  const res = await fetch(`https://ledger.internal/accounts/${accountId}/balance`);
  return (await res.json()) as { cents: number; currency: string };
});

const requestTopUp = task(async (accountId: string, cents: number) => {
  const res = await fetch(`https://ledger.internal/accounts/${accountId}/topups`, {
    method: "POST",
    body: JSON.stringify({ cents }),
  });
  return (await res.json()) as { topUpId: string };
});

export const main = workflow(async (accountId: string, floorCents: number) => {
  const raw = await fetchBalance(accountId);
  const balance = new Money(raw.cents, raw.currency);
  const floor = new Money(floorCents, raw.currency);
  if (balance.isZero || +balance < +floor) {
    const { topUpId } = await requestTopUp(accountId, floorCents - balance.cents);
    return { topUpId, before: `${balance}` };
  }
  return { topUpId: null, before: balance.toString() };
});
