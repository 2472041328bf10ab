// SDK: windmill-client 1.818.0 client.mjs: p-map calls the mapper in input order and rejects with the first rejection (stopOnError defaults to true), so the suspension leaves the body and the keys are stable.
import pMap from "p-map";
import { task, workflow } from "windmill-client";

const resize = task(async (imageId: string) => ({ imageId, resized: true }));

export const main = workflow(async (imageIds: string[]) => {
  return await pMap(imageIds, (id) => resize(id), { concurrency: 4 });
});
