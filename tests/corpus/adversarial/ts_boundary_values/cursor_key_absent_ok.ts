// SDK: windmill-client 1.818.0 client.mjs encodeCheckpointPayload(): a key the returned object does not have stays absent through JSON, so `page.next === undefined` is true on the last page (only a key written with `undefined` becomes null).
import { step, task, workflow } from "windmill-client";

type Page = { items: { id: string }[]; next_cursor?: string };

const archive = task(async (ids: string[]) => {
  await fetch("https://archive.example.com/batch", { method: "POST", body: JSON.stringify(ids) });
  return ids.length;
});

export const main = workflow(async (listUrl: string) => {
  let cursor: string | undefined;
  let archived = 0;
  while (true) {
    const page = await step("page", async () => {
      const url = cursor ? `${listUrl}?cursor=${encodeURIComponent(cursor)}` : listUrl;
      const data = (await (await fetch(url)).json()) as Page;
      const ids = data.items.map((i) => i.id);
      return data.next_cursor ? { ids, next: data.next_cursor } : { ids };
    });
    archived += await archive(page.ids);
    if (page.next === undefined) break;
    cursor = page.next;
  }
  return { archived };
});
