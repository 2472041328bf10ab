import { task, workflow, step } from "windmill-client";

const fetchOne = task(async (url: string) => {
  return { url };
});

export const main = workflow(async (urls: string[], mode: "fast" | "safe" = "safe", limit = 10) => {
  const out = [];
  for (const u of urls.slice(0, limit)) out.push(await fetchOne(u));
  return out;
});
