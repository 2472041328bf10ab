// SDK: windmill-client 1.818.0 client.mjs getProgress(): a MetricsService request for the job's progress.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const step1 = task(async (x: number) => x + 1);

export const main = workflow(async (x: number) => {
  const y = await step1(x);
  const pct = await wmill.getProgress(); // expect: WAC101
  return { y, pct };
});
