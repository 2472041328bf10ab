// Hedge the day's open FX exposure for one currency pair.
import { step, task, workflow } from "windmill-client";
import { expiresSoon, hedgeAmount, isFresh, type Quote } from "./quote.ts";

const getQuote = task(async (pair: string): Promise<Quote> => {
  const res = await fetch(`https://fx-desk.example/quotes/${pair}`);
  return (await res.json()) as Quote;
});

const book = task(async (pair: string, amountCents: number, rate: number) => {
  const res = await fetch("https://fx-desk.example/trades", {
    method: "POST",
    body: JSON.stringify({ pair, amountCents, rate }),
  });
  return (await res.json()) as { tradeId: string };
});

export const main = workflow(async (pair: string, exposureCents: number, ratio: number = 0.8) => {
  let quote = await getQuote(pair);
  if (expiresSoon(quote)) { // expect: WAC102
    quote = await getQuote(pair);
  }
  const now = await step("now", () => Date.now());
  if (!isFresh(quote, now)) throw new Error(`stale quote for ${pair}`);
  const trade = await book(pair, hedgeAmount(exposureCents, ratio), quote.rate);
  return { pair, tradeId: trade.tradeId, rate: quote.rate };
});
