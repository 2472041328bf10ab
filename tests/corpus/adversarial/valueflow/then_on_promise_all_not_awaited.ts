// SDK: windmill-client 1.818.0 client.mjs: Promise.all returns a real Promise; its `.then` runs later and nobody awaits it, so the results and any failure are lost.
import { task, workflow } from "windmill-client";

const invalidate = task(async (key: string) => ({ key, invalidated: true }));

export const main = workflow(async (keys: string[]) => {
  Promise.all(keys.map((k) => invalidate(k))).then((r) => console.log(`${r.length} keys`)); // expect: WAC106
  return { keys: keys.length };
});
