// SDK: windmill-client 1.818.0 client.mjs parallel(): maps `fn` over the items in the body itself, so an inline fetch in `fn` is body I/O.
import { parallel, task, workflow } from "windmill-client";

const total = task(async (sizes: number[]) => sizes.reduce((a, b) => a + b, 0));

export const main = workflow(async (urls: string[]) => {
  const sizes = await parallel(
    urls,
    async (u) => {
      const r = await fetch(u, { method: "HEAD" }); // expect: WAC101
      return Number(r.headers.get("content-length") ?? 0);
    },
    { concurrency: 4 },
  );
  return await total(sizes);
});
