// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body is re-run on replay; iterating the file's async generator `pages()` runs its `fetch` calls in the body each round.
import { task, workflow } from "windmill-client";

async function* pages(url: string): AsyncGenerator<Array<{ id: string }>> {
  let next: string | null = url;
  while (next) {
    const res = await fetch(next);
    const body = (await res.json()) as { items: Array<{ id: string }>; next: string | null };
    yield body.items;
    next = body.next;
  }
}

const archive = task(async function archive(ids: string[]) {
  return ids.length;
});

export const main = workflow(async (feedUrl: string) => {
  let archived = 0;
  for await (const items of pages(feedUrl)) { // expect: WAC101
    archived += await archive(items.map((i) => i.id));
  }
  return { archived };
});
