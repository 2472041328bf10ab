// SDK: client.mjs 1.818.0 a task's result is JSON: the task uploads the bytes itself and returns only the key and size (numbers and strings)
import sharp from "sharp";
import { parallel, task, workflow } from "windmill-client";

type Asset = { key: string; url: string };

const makeThumbnail = task(async function makeThumbnail(key: string, url: string) {
  const original = Buffer.from(await (await fetch(url)).arrayBuffer());
  const thumb = await sharp(original).resize(320, 320, { fit: "inside" }).webp({ quality: 80 }).toBuffer();
  const res = await fetch(`https://cdn-origin.internal/thumbs/${key}.webp`, { method: "PUT", body: thumb });
  return { key, bytes: thumb.byteLength, stored: res.ok };
});

export const main = workflow(async (assets: Asset[]) => {
  const thumbs = await parallel(assets, (a) => makeThumbnail(a.key, a.url), { concurrency: 6 });
  const failed = thumbs.filter((t) => !t.stored).map((t) => t.key);
  return { published: thumbs.length - failed.length, failed, totalBytes: thumbs.reduce((n, t) => n + t.bytes, 0) };
});
