// SDK: windmill-client 1.818.0 client.mjs: the same polling loop with the SDK's sleep (a durable suspension); rxjs only reshapes in-memory values.
import { from, lastValueFrom, map, toArray } from "rxjs";
import { sleep, task, workflow } from "windmill-client";

const checkExport = task(async (exportId: string) => ({ exportId, ready: false, parts: [] as string[] }));

export const main = workflow(async (exportId: string) => {
  let state = await checkExport(exportId);
  for (let i = 0; i < 5 && !state.ready; i++) {
    await sleep(30);
    state = await checkExport(exportId);
  }
  const urls = await lastValueFrom(from(state.parts).pipe(map((p) => `https://exports.example.com/${p}`), toArray()));
  return { ...state, urls };
});
