// SDK: windmill-client 1.818.0 client.mjs task(): a task passed to map by reference also gets the index and the array (sent as arg1 / arg2), but its own parameter is filled and every thenable is awaited by Promise.all.
import { task, workflow } from "windmill-client";

const resize = task(async (imageId: string) => ({ imageId, resized: true }));

export const main = workflow(async (imageIds: string[]) => {
  return await Promise.all(imageIds.map(resize));
});
