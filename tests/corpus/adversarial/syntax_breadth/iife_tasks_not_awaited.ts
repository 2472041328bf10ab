// SDK: windmill-client 1.818.0 client.mjs: an async IIFE's promise nobody awaits: the workflow returns before the cleanup task's result (or failure) is seen, and a suspension thrown inside it becomes an unhandled rejection.
import { task, workflow } from "windmill-client";

const resizeImages = task(async (albumId: string) => ({ albumId, resized: 12 }));
const purgeOriginals = task(async (albumId: string) => ({ purged: true }));

export const main = workflow(async (albumId: string, purge = false) => {
  const result = await resizeImages(albumId);
  if (purge) {
    (async () => { // expect: WAC106
      await purgeOriginals(albumId);
    })();
  }
  return result;
});
