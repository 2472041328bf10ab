// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; `Array.prototype.map.call` runs the arrow in the body, so every URL is fetched again each replay.
import { task, workflow } from "windmill-client";

const store = task(async (statuses: number[]) => ({ stored: statuses.length }));

export const main = workflow(async (urls: string[]) => {
  const responses = await Promise.all(
    Array.prototype.map.call(urls, (u: string) => fetch(u)) as Promise<Response>[], // expect: WAC101
  );
  return await store(responses.map((r) => r.status));
});
