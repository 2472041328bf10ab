// SDK: windmill-client 1.818.0 client.mjs task(fn): calling the wrapper inside a workflow goes through ctx._nextStep; this `fetch` is a task, not the global.
import { task, workflow } from "windmill-client";

const fetch = task(async function fetchFeed(url: string) {
  const res = await globalThis.fetch(url, { headers: { accept: "application/rss+xml" } });
  return await res.text();
});

const parseItems = task(async (xml: string) => (xml.match(/<item>/g) ?? []).length);

export const main = workflow(async (feeds: string[]) => {
  const counts: Record<string, number> = {};
  for (const url of feeds) {
    const xml = await fetch(url);
    counts[url] = await parseItems(xml);
  }
  return counts;
});
