// SDK: windmill-client 1.818.0 client.mjs: Array.fromAsync drains the generator one item at a time; each task is awaited before the next is dispatched.
import { task, workflow } from "windmill-client";

const thumb = task(async (key: string) => ({ key, thumb: `${key}.png` }));

async function* thumbs(keys: string[]) {
  for (const k of keys) yield await thumb(k);
}

export const main = workflow(async (keys: string[]) => {
  return await Array.fromAsync(thumbs(keys));
});
