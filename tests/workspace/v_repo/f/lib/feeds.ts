// SDK: none; marketplace order feeds (network) and a pure batching helper
import { getJson } from "./net.ts";

export async function* orderPages(feedUrl: string): AsyncGenerator<any[]> {
  let next: string | null = feedUrl;
  while (next) {
    const page: { items: any[]; next: string | null } = await getJson(next);
    yield page.items;
    next = page.next;
  }
}

export function* batches<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
