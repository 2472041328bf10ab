// SDK: windmill-client 1.818.0 client.mjs: pMap returns a promise of the mapped results; dropped, the body returns before the task calls it makes are awaited.
import pMap from "p-map";
import { task, workflow } from "windmill-client";

const reindex = task(async (docId: string) => ({ docId, reindexed: true }));

export const main = workflow(async (docIds: string[]) => {
  pMap(docIds, (id) => reindex(id), { concurrency: 4 }); // expect: WAC106
  return { queued: docIds.length };
});
