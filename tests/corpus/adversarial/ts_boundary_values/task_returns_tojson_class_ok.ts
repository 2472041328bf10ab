// SDK: windmill-client 1.818.0 client.mjs task(): JSON.stringify calls the class's own `toJSON`, so the result is exactly `{ cents, currency }`; the body reads only those two fields.
import { task, workflow } from "windmill-client";

class Money {
  constructor(
    readonly cents: number,
    readonly currency: string,
  ) {}

  add(other: Money): Money {
    return new Money(this.cents + other.cents, this.currency);
  }

  toJSON() {
    return { cents: this.cents, currency: this.currency };
  }
}

const quoteShipping = task(async (country: string, grams: number) => {
  const res = await fetch(`https://rates.example.com/quote?country=${country}&grams=${grams}`);
  const { cents } = (await res.json()) as { cents: number };
  return new Money(cents, "EUR").add(new Money(150, "EUR"));
});

const saveQuote = task(async (orderId: string, cents: number, currency: string) => {
  await fetch(`https://orders.example.com/${orderId}/shipping`, {
    method: "PUT",
    body: JSON.stringify({ cents, currency }),
  });
  return true;
});

export const main = workflow(async (orderId: string, country: string, grams: number) => {
  const quote = await quoteShipping(country, grams);
  await saveQuote(orderId, quote.cents, quote.currency);
  return { orderId, cents: quote.cents };
});
