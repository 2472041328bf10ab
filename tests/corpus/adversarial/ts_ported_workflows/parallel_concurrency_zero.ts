// SDK: windmill-client 1.818.0 client.mjs parallel(): `if (concurrency <= 0 || items.length === 0) return []`; `concurrency: 0` (BullMQ / p-queue read 0 or Infinity as "no limit") dispatches nothing and returns an empty array.
import { parallel, task, workflow } from "windmill-client";

const resizeImage = task(async (key: string) => {
  const res = await fetch("https://images.example.com/resize", {
    method: "POST",
    body: JSON.stringify({ key, width: 640 }),
  });
  return ((await res.json()) as { thumbKey: string }).thumbKey;
});

export const main = workflow(async (keys: string[]) => {
  const thumbs = await parallel(keys, resizeImage, { concurrency: 0 }); // expect: WAC302
  return { thumbs, count: thumbs.length };
});
