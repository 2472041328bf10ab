// SDK: windmill-client 1.818.0 client.mjs: every round is a new process that loads the module; a Worker built at load starts its thread (and runs its script) in each round.
import { task, workflow } from "windmill-client";

const worker = new Worker(new URL("./thumbnailer.ts", import.meta.url)); // expect: WAC101

const publish = task(async (imageId: string) => ({ imageId }));

export const main = workflow(async (imageId: string) => {
  worker.postMessage({ imageId });
  return await publish(imageId);
});
