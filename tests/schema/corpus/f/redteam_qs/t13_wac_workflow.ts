import { task, workflow } from "windmill-client";

const fetchOne = task(async (url: string) => {
  return url.length;
});

export const main = workflow(async (urls: string[], limit: number = 10, mode?: "fast" | "slow") => {
  const out: number[] = [];
  for (const u of urls.slice(0, limit)) out.push(await fetchOne(u));
  return out;
});
