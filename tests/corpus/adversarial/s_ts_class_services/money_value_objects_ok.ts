// SDK: windmill-client 1.818.0 client.mjs task() (result JSON round trip: plain numbers and strings survive), workflow()
import { task, workflow } from "windmill-client";

class Money {
  private constructor(readonly cents: number, readonly currency: string) {}

  static of(amount: number, currency: string): Money {
    return new Money(Math.round(amount * 100), currency);
  }

  static fromCents(cents: number, currency: string): Money {
    return new Money(cents, currency);
  }

  add(other: Money): Money {
    if (other.currency !== this.currency) throw new Error("currency mismatch");
    return new Money(this.cents + other.cents, this.currency);
  }

  times(factor: number): Money {
    return new Money(Math.round(this.cents * factor), this.currency);
  }

  format(): string {
    return new Intl.NumberFormat("en-GB", { style: "currency", currency: this.currency }).format(this.cents / 100);
  }

  toJSON() {
    return { cents: this.cents, currency: this.currency };
  }
}

const lineItems = task(async (orderId: string) => {
  const res = await fetch(`https://orders.internal/${orderId}/lines`);
  return (await res.json()) as { sku: string; unitCents: number; qty: number; currency: string }[];
});

const chargeCard = task(async (orderId: string, cents: number, currency: string) => {
  const res = await fetch(`https://payments.internal/orders/${orderId}/charge`, {
    method: "POST",
    body: JSON.stringify({ cents, currency }),
  });
  return ((await res.json()) as { chargeId: string }).chargeId;
});

export const main = workflow(async (order_id: string, vat_rate = 0.2) => {
  const lines = await lineItems(order_id);
  const currency = lines[0]?.currency ?? "EUR";
  const net = lines
    .map((l) => Money.fromCents(l.unitCents * l.qty, l.currency))
    .reduce((a, b) => a.add(b), Money.of(0, currency));
  const gross = net.add(net.times(vat_rate));
  const chargeId = await chargeCard(order_id, gross.cents, gross.currency);
  return { order_id, chargeId, net: net.toJSON(), gross: gross.format() };
});
