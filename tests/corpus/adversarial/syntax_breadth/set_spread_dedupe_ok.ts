// SDK: windmill-client 1.818.0 client.mjs `_allocKey`: keys follow call order; a JavaScript `Set` iterates in insertion order, so `[...new Set(ids)]` dispatches in the same order on every replay.
import { task, workflow } from "windmill-client";

const reindexUser = task(async (userId: string) => ({ userId, ok: true }));

export const main = workflow(async (rawIds: string[]) => {
  const ids = [...new Set(rawIds.map((id) => id.trim()))];
  const results = [];
  for (const [i, id] of ids.entries()) {
    results.push({ i, ...(await reindexUser(id)) });
  }
  return results;
});
