// Resize every uploaded image into thumbnails, at most four at a time.
import { task, workflow, parallel } from "windmill-client";
import * as wmill from "windmill-client";
import sharp from "sharp";

const listUploads = task(async (prefix: string): Promise<string[]> => {
  const bucket = await wmill.getResource("f/media/uploads_bucket");
  const res = await fetch(`${bucket.endpoint}/${bucket.name}?list-type=2&prefix=${encodeURIComponent(prefix)}`);
  const xml = await res.text();
  return [...xml.matchAll(/<Key>([^<]+)<\/Key>/g)].map((m) => m[1]).filter((k) => /\.(jpe?g|png)$/i.test(k));
});

const resizeImage = task(
  async (key: string) => {
    const raw = await wmill.loadS3File({ s3: key });
    const thumb = await sharp(Buffer.from(raw!)).resize(320, 320, { fit: "inside" }).png().toBuffer();
    const thumbKey = key.replace(/\.[^.]+$/, "_thumb.png");
    await wmill.writeS3File({ s3: thumbKey }, thumb);
    return { source: key, thumbnail: thumbKey };
  },
  { timeout: 120, tag: "media" },
);

export const main = workflow(async (prefix: string = "uploads/") => {
  const keys = await listUploads(prefix);
  const thumbs = await parallel(keys, resizeImage, { concurrency: 4 });
  return { count: thumbs.length, thumbnails: thumbs };
});
