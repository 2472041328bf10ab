// SDK: windmill-client 1.818.0 client.mjs: every round is a new process that loads the module; a class's static block runs when the class is defined, so this request for rates is sent on every round.
import { task, workflow } from "windmill-client";

class Rates {
  static ready: Promise<Record<string, number>>;

  static {
    Rates.ready = fetch("https://rates.example.com/latest").then((r) => r.json()); // expect: WAC101
  }
}

const convert = task(async (amount: number, currency: string) => ({ amount, currency }));

export const main = workflow(async (amount: number, currency: string) => {
  return await convert(amount, currency);
});
