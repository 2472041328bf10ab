// SDK: windmill-client 1.818.0 client.mjs: an rxjs observable of constants and pure operators, subscribed in the body, does no I/O; the quote is fetched by a task.
import { firstValueFrom, map, of } from "rxjs";
import { task, workflow } from "windmill-client";

const fees$ = of({ maker: 0.001, taker: 0.002 }).pipe(map((f) => f.taker));

const quote = task(async () => ((await (await fetch("https://quotes.example.com/v1/BTC-USD")).json()) as { price: number }).price);
const hedge = task(async (price: number, qty: number) => ({ price, qty }));

export const main = workflow(async (qty: number) => {
  const fee = await firstValueFrom(fees$);
  const price = await quote();
  return await hedge(price * (1 + fee), qty);
});
