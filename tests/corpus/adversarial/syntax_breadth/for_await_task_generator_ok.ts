// SDK: windmill-client 1.818.0 client.mjs `_allocKey`: task keys follow call order; an async generator that awaits one task per page dispatches them in the same order on every replay.
import { task, workflow } from "windmill-client";

const fetchPage = task(async (feed: string, page: number) => ({ items: [] as string[], more: page < 2 }));
const storeItems = task(async (items: string[]) => items.length);

async function* pages(feed: string): AsyncGenerator<string[]> {
  for (let page = 0; ; page++) {
    const { items, more } = await fetchPage(feed, page);
    yield items;
    if (!more) return;
  }
}

export const main = workflow(async (feed: string) => {
  let stored = 0;
  for await (const items of pages(feed)) {
    stored += await storeItems(items);
  }
  return { stored };
});
