// SDK: windmill-client 1.818.0 client.mjs: the body replays in a fresh process; lodash's uniqueId is a module counter (no clock, no randomness), so it yields the same ids in the same order every replay. chunk / groupBy / sortBy are pure.
import _ from "lodash";
import { task, workflow } from "windmill-client";

type Order = { id: string; region: string; total: number };

const shipBatch = task(async (batchId: string, orderIds: string[]) => ({ batchId, count: orderIds.length }));

export const main = workflow(async (orders: Order[], batchSize: number = 25) => {
  const byRegion = _.groupBy(_.sortBy(orders, ["region", "id"]), "region");
  const results = [];
  for (const [region, list] of Object.entries(byRegion)) {
    for (const chunk of _.chunk(list, batchSize)) {
      const batchId = _.uniqueId(`${region}-`);
      results.push(await shipBatch(batchId, chunk.map((o) => o.id)));
    }
  }
  return { batches: results.length, total: _.sumBy(orders, "total") };
});
