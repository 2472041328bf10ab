// SDK: windmill-client 1.818.0 client.mjs `step(name, fn)`; windmill-oracle `dag` draws `step(`fetch_rates`, ...)` (a template literal without substitutions) as the inline step `fetch_rates`, like a quoted string.
import { step, task, workflow } from "windmill-client";

const convert = task(async function convert(amount: number, rate: number) {
  return Math.round(amount * rate * 100) / 100;
});

export const main = workflow(async (amount: number, pair = "EURUSD") => {
  const rate = await step(`fetch_rates`, async () => {
    const res = await fetch(`https://fx.example.com/quote?pair=${pair}`);
    return ((await res.json()) as { rate: number }).rate;
  });
  return await convert(amount, rate);
});
