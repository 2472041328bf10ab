// SDK: windmill-client 1.818.0 client.mjs: task promises kept as an object's values and awaited with Promise.all(Object.values(...)); a promise kept in a record field is awaited through it.
import { task, workflow } from "windmill-client";

const score = task(async (id: string) => ({ id, score: id.length }));
const audit = task(async (id: string) => ({ id, audited: true }));

async function settle<T>(p: Promise<T>): Promise<T> {
  return await p;
}

export const main = workflow(async (ids: string[]) => {
  const byId = Object.fromEntries(ids.map((id) => [id, score(id)]));
  const scores = await Promise.all(Object.values(byId));
  const job = { id: ids[0] ?? "none", done: audit(ids[0] ?? "none") };
  const audited = await settle(job.done);
  return { scores, audited };
});
