// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a class expression whose fields come from the constructor's arguments builds the same object every replay.
import { task, workflow } from "windmill-client";

const Money = class {
  constructor(readonly cents: number, readonly currency: string) {}
  format(): string {
    return `${(this.cents / 100).toFixed(2)} ${this.currency}`;
  }
};

const charge = task(async (customer: string, label: string, cents: number) => ({ customer, label, cents }));

export const main = workflow(async (customer: string, cents: number) => {
  const m = new Money(cents, "EUR");
  return await charge(customer, m.format(), m.cents);
});
