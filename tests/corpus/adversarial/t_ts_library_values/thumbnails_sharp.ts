// SDK: client.mjs 1.818.0 a task's result is JSON: sharp's toBuffer() resolves to a Node Buffer, whose toJSON writes {"type":"Buffer","data":[...]}, so the body gets an object, not bytes
import sharp from "sharp";
import { parallel, task, workflow } from "windmill-client";

type Asset = { key: string; url: string };

const makeThumbnail = task(async function makeThumbnail(key: string, url: string) {
  const original = Buffer.from(await (await fetch(url)).arrayBuffer());
  const thumb = await sharp(original).resize(320, 320, { fit: "inside" }).webp({ quality: 80 }).toBuffer();
  return { key, thumb }; // expect: WAC107
});

const publish = task(async function publish(items: Array<{ key: string; thumb: Buffer }>) {
  for (const item of items) {
    await fetch(`https://cdn-origin.internal/thumbs/${item.key}.webp`, { method: "PUT", body: item.thumb });
  }
  return { published: items.length };
});

export const main = workflow(async (assets: Asset[]) => {
  const thumbs = await parallel(assets, (a) => makeThumbnail(a.key, a.url), { concurrency: 6 });
  return await publish(thumbs);
});
