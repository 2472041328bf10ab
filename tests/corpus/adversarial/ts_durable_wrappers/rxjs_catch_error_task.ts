// SDK: windmill-client 1.818.0 client.mjs: rxjs `from` calls the task thenable's `then`, which throws the StepSuspend inside the subscription; catchError replaces it with a fallback and the body goes on.
import { catchError, firstValueFrom, from, of } from "rxjs";
import { task, workflow } from "windmill-client";

const lookup = task(async (sku: string) => ({ sku, stock: 3 }));

export const main = workflow(async (sku: string) => {
  const stock = await firstValueFrom(from(lookup(sku)).pipe(catchError(() => of({ sku, stock: 0 })))); // expect: WAC202
  return stock;
});
