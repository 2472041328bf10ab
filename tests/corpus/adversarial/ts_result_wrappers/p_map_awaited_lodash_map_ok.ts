// SDK: windmill-client 1.818.0 client.mjs: pMap awaited over tasks, and lodash's map of task calls handed to Promise.all and awaited: every task promise is consumed.
import _ from "lodash";
import pMap from "p-map";
import { task, workflow } from "windmill-client";

const reindex = task(async (docId: string) => ({ docId, reindexed: true }));
const warm = task(async (docId: string) => ({ docId, warmed: true }));

export const main = workflow(async (docIds: string[]) => {
  const reindexed = await pMap(docIds, (id) => reindex(id), { concurrency: 4 });
  const warmed = await Promise.all(_.map(docIds, (id) => warm(id)));
  return { reindexed: reindexed.length, warmed: warmed.length };
});
