// SDK: windmill-client 1.818.0 client.mjs: a constructor that only stores its arguments and derives fields from them is the same on every replay.
import { task, workflow } from "windmill-client";

class Money {
  readonly cents: number;
  constructor(
    amount: number,
    readonly currency: string = "EUR",
  ) {
    this.cents = Math.round(amount * 100);
  }

  plus(other: Money): Money {
    return new Money((this.cents + other.cents) / 100, this.currency);
  }
}

const lineTotal = task(async (sku: string, qty: number) => ({ sku, amount: qty * 9.99 }));

export const main = workflow(async (skus: string[], currency = "EUR") => {
  let total = new Money(0, currency);
  for (const sku of skus) {
    const line = await lineTotal(sku, 1);
    total = total.plus(new Money(line.amount, currency));
  }
  return { cents: total.cents, currency: total.currency };
});
