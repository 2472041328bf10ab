// SDK: windmill-client 1.818.0 client.mjs runScriptAsync(): POSTs a new job; from the body every replay starts another child job.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const prepare = task(async (region: string) => ({ region, shards: 4 }));

export const main = workflow(async (region: string) => {
  const plan = await prepare(region);
  const jobId = await wmill.runScriptAsync("f/ops/reindex", null, { region: plan.region, shards: plan.shards }); // expect: WAC101
  return { jobId };
});
