// SDK: windmill-client 1.818.0 client.mjs: an awaited async IIFE is body code like any other block; its task calls are awaited in order.
import { task, workflow } from "windmill-client";

const resizeImages = task(async (albumId: string) => ({ albumId, resized: 12 }));
const purgeOriginals = task(async (albumId: string) => ({ purged: true }));

export const main = workflow(async (albumId: string, purge = false) => {
  const result = await resizeImages(albumId);
  const cleanup = purge
    ? await (async () => {
        const r = await purgeOriginals(albumId);
        return r.purged;
      })()
    : false;
  return { ...result, cleanup };
});
