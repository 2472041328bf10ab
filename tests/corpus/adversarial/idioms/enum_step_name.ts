// SDK: windmill-client 1.818.0 client.mjs `step(name, fn)` keys the checkpoint by the name's value (stable here), but windmill-oracle `dag` labels `step(Stage.Quote, ...)` as `step`: Windmill's parser reads only a string literal (wac-lint WAC103).
import { step, task, workflow } from "windmill-client";

enum Stage {
  Quote = "quote_fx",
  Book = "book_fx",
}

const bookTrade = task(async function bookTrade(pair: string, rate: number) {
  return { pair, rate, ticket: "T-1" };
});

export const main = workflow(async (pair: string) => {
  const rate = await step(Stage.Quote, async () => { // expect: WAC103
    const res = await fetch(`https://fx.example.com/quote?pair=${pair}`);
    return ((await res.json()) as { rate: number }).rate;
  });
  return await bookTrade(pair, rate);
});
