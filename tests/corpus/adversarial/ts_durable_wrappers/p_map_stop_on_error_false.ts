// SDK: windmill-client 1.818.0 client.mjs: with stopOnError: false p-map waits for every mapper and rejects with an AggregateError of the StepSuspends, so the error that leaves the body is not the suspension (as with Promise.allSettled).
import pMap from "p-map";
import { task, workflow } from "windmill-client";

const resize = task(async (imageId: string) => ({ imageId, resized: true }));

export const main = workflow(async (imageIds: string[]) => {
  return await pMap(imageIds, (id) => resize(id), { concurrency: 4, stopOnError: false }); // expect: WAC202
});
