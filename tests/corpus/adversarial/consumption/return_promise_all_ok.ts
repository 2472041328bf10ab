// SDK: windmill-client 1.818.0 client.mjs workflow(): the body's returned promise is awaited by the async wrapper, so `return Promise.all(...)` is consumed.
import { task, workflow } from "windmill-client";

const purge = task(async (path: string) => ({ path, purged: true }));

export const main = workflow(async (paths: string[]) => {
  return Promise.all(paths.map((p) => purge(p)));
});
