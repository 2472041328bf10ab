// SDK: windmill-client 1.818.0 client.mjs runScriptByPathAsync()/waitJob(): both inside steps; replays read the checkpointed id and result.
import * as wmill from "windmill-client";
import { step, workflow } from "windmill-client";

export const main = workflow(async (day: string) => {
  const jobId = await step("start", () => wmill.runScriptByPathAsync("f/etl/daily", { day }));
  const result = await step("wait", () => wmill.waitJob(jobId));
  return result;
});
