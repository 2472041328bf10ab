// SDK: windmill-client 1.818.0 client.mjs: rxjs `from` subscribes through the thenable's `then`; without a catchError the StepSuspend reaches firstValueFrom's rejection and leaves the body.
import { firstValueFrom, from, map } from "rxjs";
import { task, workflow } from "windmill-client";

const lookup = task(async (sku: string) => ({ sku, stock: 3 }));

export const main = workflow(async (sku: string) => {
  return await firstValueFrom(from(lookup(sku)).pipe(map((r) => r.stock)));
});
