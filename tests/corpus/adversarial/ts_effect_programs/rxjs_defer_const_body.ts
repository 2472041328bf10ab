// SDK: windmill-client 1.818.0 client.mjs: rxjs `defer` calls its factory on subscription; `firstValueFrom(price$)` in the body subscribes, so the request runs on every replay.
import { defer, firstValueFrom, map } from "rxjs";
import { task, workflow } from "windmill-client";

const price$ = defer(() => fetch("https://quotes.example.com/v1/BTC-USD").then((r) => r.json() as Promise<{ price: number }>)).pipe(map((q) => q.price));

const hedge = task(async (price: number, qty: number) => ({ price, qty }));

export const main = workflow(async (qty: number) => {
  const price = await firstValueFrom(price$); // expect: WAC101
  return await hedge(price, qty);
});
