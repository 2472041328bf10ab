// SDK: windmill-client 1.818.0 client.mjs: find does not await its predicate; the first async predicate's Promise is truthy, so the first region is always picked and the probe's answer is dropped.
import { task, workflow } from "windmill-client";

const probe = task(async (region: string) => ({ region, healthy: region !== "us-east-1" }));
const failover = task(async (region: string) => ({ activeRegion: region }));

export const main = workflow(async (regions: string[]) => {
  const target = regions.find(async (r) => (await probe(r)).healthy); // expect: WAC106
  return await failover(target ?? regions[0]);
});
