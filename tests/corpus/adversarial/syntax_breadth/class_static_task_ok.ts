// SDK: windmill-client 1.818.0 client.mjs `task(fn)`: a task bound to a top-level const is keyed by its function's name and drawn by Windmill's parser; the class only groups pure helpers.
import { task, workflow } from "windmill-client";

class Media {
  static sizeParam(size: number): string {
    return `w=${Math.max(16, Math.min(size, 2048))}`;
  }
}

const thumbnail = task(async (imageUrl: string, size: number) => `${imageUrl}?${Media.sizeParam(size)}`);

export const main = workflow(async (imageUrls: string[], size: number = 256) => {
  const out = [];
  for (const url of imageUrls) out.push(await thumbnail(url, size));
  return out;
});
