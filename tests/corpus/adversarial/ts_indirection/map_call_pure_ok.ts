// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; `Array.prototype.map.call` over the input with a pure arrow yields the same list every replay.
import { task, workflow } from "windmill-client";

const store = task(async (ids: string[]) => ({ stored: ids.length }));

export const main = workflow(async (rows: { id: string }[]) => {
  const ids = Array.prototype.map.call(rows, (r: { id: string }) => r.id.trim()) as string[];
  const unique = Array.prototype.filter.call(ids, (id: string, i: number, all: string[]) => all.indexOf(id) === i) as string[];
  return await store(unique);
});
