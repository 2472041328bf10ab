// SDK: windmill-client 1.818.0 client.mjs: each probe is awaited in order and the loop stops at the first healthy region, the same one on every replay.
import { task, workflow } from "windmill-client";

const probe = task(async (region: string) => ({ region, healthy: region !== "us-east-1" }));
const failover = task(async (region: string) => ({ activeRegion: region }));

export const main = workflow(async (regions: string[]) => {
  let target = regions[0];
  for (const r of regions) {
    if ((await probe(r)).healthy) {
      target = r;
      break;
    }
  }
  return await failover(target);
});
