// SDK: windmill-client 1.818.0 client.mjs: an `Effect.gen` program kept in a module const runs its generator when run; `Effect.runPromise(program)` in the body fetches on every replay.
import { Effect } from "effect";
import { task, workflow } from "windmill-client";

const loadRates = Effect.gen(function* () {
  const res = yield* Effect.promise(() => fetch("https://fx.example.com/v1/latest?base=EUR"));
  return yield* Effect.promise(() => res.json() as Promise<{ rates: { [ccy: string]: number } }>);
});

const convert = task(async (amount: number, rate: number) => ({ converted: Math.round(amount * rate * 100) / 100 }));

export const main = workflow(async (amount: number, currency: string) => {
  const { rates } = await Effect.runPromise(loadRates); // expect: WAC101
  return await convert(amount, rates[currency] ?? 1);
});
