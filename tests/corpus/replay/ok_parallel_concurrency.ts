// Resize images three at a time.
import { task, parallel, workflow } from "windmill-client";

const resize = task(async (url: string) => `${url}?w=200`);

export const main = workflow(async (urls: string[]) => {
  return await parallel(urls, resize, { concurrency: 3 });
});
