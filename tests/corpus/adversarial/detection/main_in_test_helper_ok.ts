// SDK: windmill-client 1.818.0 client.mjs: a function that only refers to `main` (typeof, name) does not run it.
import { task, workflow } from "windmill-client";

const tagImage = task(async (url: string) => ({ url, tags: ["cat"] }));

export const main = workflow(async (urls: string[]) => {
  const tagged = [];
  for (const url of urls) tagged.push(await tagImage(url));
  return tagged;
});

export const entryName: string = typeof main === "function" ? "main" : "unknown";
