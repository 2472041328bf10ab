// SDK: windmill-client 1.818.0 client.mjs: Effect.gen's generator runs when the effect is run; run with runPromise in the body, its HTTP call repeats every replay.
import { Effect } from "effect";
import { task, workflow } from "windmill-client";

const quote = (symbol: string) =>
  Effect.gen(function* () {
    const res = yield* Effect.promise(() => fetch(`https://quotes.example.com/v1/${symbol}`));
    const body = yield* Effect.promise(() => res.json() as Promise<{ price: number }>);
    return body.price;
  });

const placeOrder = task(async (symbol: string, qty: number, limit: number) => ({ symbol, qty, limit }));

export const main = workflow(async (symbol: string, qty: number) => {
  const price = await Effect.runPromise(quote(symbol)); // expect: WAC101
  return await placeOrder(symbol, qty, Math.round(price * 1.01 * 100) / 100);
});
