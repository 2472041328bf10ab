// SDK: windmill-client 1.818.0 client.mjs: a task body runs once in its own job; the paging generator it drains is not replayed by the workflow.
import { task, workflow } from "windmill-client";

async function* pages(base: string) {
  let next: string | null = `${base}/events`;
  while (next) {
    const res = await fetch(next);
    const body = (await res.json()) as { items: string[]; next: string | null };
    yield body.items;
    next = body.next;
  }
}

const collect = task(async (base: string) => {
  const all: string[] = [];
  for await (const items of pages(base)) all.push(...items);
  return all;
});

export const main = workflow(async (base: string) => {
  return await collect(base);
});
