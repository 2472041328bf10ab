// SDK: windmill-client 1.818.0 client.mjs _allocKey: Promise.all over an async map starts every `enrich` in input order, and each `save` follows its awaited `enrich`; replays resolve them from the checkpoint in the same order.
import { task, workflow } from "windmill-client";

const enrich = task(async (id: string) => ({ id, score: 1 }));
const save = task(async (id: string, score: number) => ({ id, saved: score > 0 }));

export const main = workflow(async (ids: string[]) => {
  return await Promise.all(
    ids.map(async (id) => {
      const r = await enrich(id);
      return await save(r.id, r.score);
    }),
  );
});
