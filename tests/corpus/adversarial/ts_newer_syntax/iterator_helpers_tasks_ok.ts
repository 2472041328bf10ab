// SDK: windmill-client 1.818.0 client.mjs: the iterator helpers' `map` calls a task per URL, synchronously in order when `toArray()` drains it, so the keys are `checkUrl`, `checkUrl_2`, ... on every replay.
import { task, workflow } from "windmill-client";

const checkUrl = task(async (url: string) => {
  const res = await fetch(url, { method: "HEAD" });
  return { url, up: res.ok };
});

const recordStatuses = task(async (statuses: { url: string; up: boolean }[]) => {
  await fetch("https://status.example.com/batch", { method: "POST", body: JSON.stringify(statuses) });
  return statuses.filter((s) => !s.up).length;
});

export const main = workflow(async (urls: string[]) => {
  const checks = urls
    .values()
    .filter((u) => u.startsWith("https://"))
    .map((url) => checkUrl(url))
    .toArray();
  const statuses = await Promise.all(checks);
  const down = await recordStatuses(statuses);
  return { checked: statuses.length, down };
});
