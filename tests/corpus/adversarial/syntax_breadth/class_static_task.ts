// SDK: windmill-client 1.818.0 client.mjs `task(fn)` keys an anonymous arrow as `step` (`fn.name` is empty: a function passed as an argument gets no inferred name); Windmill's WAC parser only collects top-level tasks (windmill-oracle dag draws no node for it).
import { task, workflow } from "windmill-client";

class Media {
  static thumbnail = task(async (imageUrl: string, size: number) => `${imageUrl}?w=${size}`); // expect: WAC003
}

export const main = workflow(async (imageUrls: string[], size: number = 256) => {
  const out = [];
  for (const url of imageUrls) out.push(await Media.thumbnail(url, size));
  return out;
});
