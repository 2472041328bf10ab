// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a TC39 method decorator whose wrapper only logs, around a pure method, repeats nothing outside the process.
import { task, workflow } from "windmill-client";

function logged<This, Args extends unknown[], R>(target: (this: This, ...args: Args) => R, context: ClassMethodDecoratorContext<This>) {
  return function (this: This, ...args: Args): R {
    console.log(`-> ${String(context.name)}`);
    return target.call(this, ...args);
  };
}

class Pricing {
  constructor(private readonly vat: number) {}
  @logged  // expect: WAC903
  gross(net: number): number {
    return Math.round(net * (1 + this.vat) * 100) / 100;
  }
}

const invoice = task(async (customer: string, amount: number) => ({ customer, amount }));

export const main = workflow(async (customer: string, net: number) => {
  const amount = new Pricing(0.2).gross(net);
  return await invoice(customer, amount);
});
