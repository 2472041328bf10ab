// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; a Worker started in the body runs its script again each round.
import { Worker } from "node:worker_threads";
import { task, workflow } from "windmill-client";

const report = task(async (path: string) => ({ path }));

export const main = workflow(async (path: string) => {
  new Worker("./resize.js", { workerData: { path } }); // expect: WAC101
  return await report(path);
});
