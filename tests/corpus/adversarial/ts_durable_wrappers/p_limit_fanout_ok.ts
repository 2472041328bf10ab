// SDK: windmill-client 1.818.0 client.mjs: p-limit starts its functions in FIFO order, so the task keys are allocated in input order every round; the first awaited thenable raises the suspension, which Promise.all passes out of the body.
import pLimit from "p-limit";
import { task, workflow } from "windmill-client";

const resize = task(async (imageId: string) => ({ imageId, resized: true }));

const limit = pLimit(4);

export const main = workflow(async (imageIds: string[]) => {
  return await Promise.all(imageIds.map((id) => limit(() => resize(id))));
});
