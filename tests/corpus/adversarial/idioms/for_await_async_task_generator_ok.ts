// SDK: windmill-client 1.818.0 client.mjs: tasks awaited inside an async generator that the body drives with `for await` are dispatched in order and replayed from their checkpoints.
import { task, workflow } from "windmill-client";

const fetchPage = task(async function fetchPage(cursor: number) {
  return { items: [cursor], next: cursor < 3 ? cursor + 1 : null };
});

async function* allItems(start: number): AsyncGenerator<number> {
  let cursor: number | null = start;
  while (cursor !== null) {
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.next;
  }
}

export const main = workflow(async (start = 0) => {
  const out: number[] = [];
  for await (const item of allItems(start)) out.push(item);
  return out;
});
