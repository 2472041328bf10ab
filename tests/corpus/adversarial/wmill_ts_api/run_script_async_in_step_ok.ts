// SDK: windmill-client 1.818.0 client.mjs runScriptByPathAsync() and step(): the job is started once in the step; replays read the checkpointed id.
import * as wmill from "windmill-client";
import { step, task, workflow } from "windmill-client";

const prepare = task(async (region: string) => ({ region, shards: 4 }));

export const main = workflow(async (region: string) => {
  const plan = await prepare(region);
  const jobId = await step("start_reindex", () =>
    wmill.runScriptByPathAsync("f/ops/reindex", { region: plan.region, shards: plan.shards }),
  );
  return { jobId };
});
