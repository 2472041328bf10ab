// SDK: windmill-client 1.818.0 client.mjs parallel(): batches follow `concurrency`; navigator.hardwareConcurrency is the worker's CPU count, so another worker batches (and keys) differently.
import { parallel, task, workflow } from "windmill-client";

const resize = task(async (path: string) => ({ path }));

export const main = workflow(async (paths: string[]) => {
  const concurrency = navigator.hardwareConcurrency; // expect: WAC102
  return await parallel(paths, resize, { concurrency });
});
