// SDK: windmill-client 1.818.0 client.mjs: every round is a process of its own; an "exit" listener that only writes to the job log repeats nothing outside the job.
import { task, workflow } from "windmill-client";

process.on("exit", (code) => console.log(`round finished with ${code}`));

const settle = task(async (batch: string) => ({ batch, settled: true }));

export const main = workflow(async (batch: string) => {
  return await settle(batch);
});
