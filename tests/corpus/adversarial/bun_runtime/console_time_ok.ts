// SDK: windmill-client 1.818.0 client.mjs: console.time / timeEnd only write to the log; nothing the body computes or dispatches depends on them.
import { task, workflow } from "windmill-client";

const enrich = task(async (id: string) => ({ id, score: 1 }));

export const main = workflow(async (ids: string[]) => {
  console.time("enrich");
  const out = [];
  for (const id of ids) out.push(await enrich(id));
  console.timeEnd("enrich");
  return out;
});
