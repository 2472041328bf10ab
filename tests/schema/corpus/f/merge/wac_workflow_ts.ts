import { task, workflow } from "windmill-client";

const fetchOne = task(async (url: string) => ({ url }));

export const main = workflow(async (urls: string[], retries = 3, mode: "fast" | "safe" = "safe") => {
  return Promise.all(urls.map((u) => fetchOne(u)));
});
