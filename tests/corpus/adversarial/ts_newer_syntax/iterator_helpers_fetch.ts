// SDK: windmill-client 1.818.0 client.mjs: the body re-runs after every task; the iterator helpers' `map` callback runs when `toArray()` drains it, in the body, so every health URL is requested again in each round.
import { task, workflow } from "windmill-client";

const recordStatuses = task(async (statuses: { url: string; up: boolean }[]) => {
  await fetch("https://status.example.com/batch", { method: "POST", body: JSON.stringify(statuses) });
  return statuses.filter((s) => !s.up).length;
});

export const main = workflow(async (urls: string[]) => {
  const checks = urls
    .values()
    .map(async (url) => ({ url, up: (await fetch(url, { method: "HEAD" })).ok })) // expect: WAC101
    .toArray();
  const statuses = await Promise.all(checks);
  const down = await recordStatuses(statuses);
  return { checked: statuses.length, down };
});
