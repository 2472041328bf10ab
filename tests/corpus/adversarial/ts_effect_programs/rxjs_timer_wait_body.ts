// SDK: windmill-client 1.818.0 client.mjs: rxjs timer() waits with setTimeout in the worker; in the body that wait holds the worker and is repeated every replay, where the SDK's sleep() suspends.
import { firstValueFrom, timer } from "rxjs";
import { task, workflow } from "windmill-client";

const checkExport = task(async (exportId: string) => ({ exportId, ready: false }));

export const main = workflow(async (exportId: string) => {
  let state = await checkExport(exportId);
  for (let i = 0; i < 5 && !state.ready; i++) {
    await firstValueFrom(timer(30_000)); // expect: WAC101
    state = await checkExport(exportId);
  }
  return state;
});
