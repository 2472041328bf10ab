// SDK: windmill-client 1.818.0 client.mjs encodeCheckpointPayload(): an `undefined` member comes back null; the loop tests `== null` / falsiness, which holds for both.
import { step, task, workflow } from "windmill-client";

type Page = { items: { id: string }[]; next_cursor?: string };

const archive = task(async (ids: string[]) => {
  await fetch("https://archive.example.com/batch", { method: "POST", body: JSON.stringify(ids) });
  return ids.length;
});

export const main = workflow(async (listUrl: string) => {
  let cursor: string | null = null;
  let archived = 0;
  do {
    const page = await step("page", async () => {
      const url = cursor ? `${listUrl}?cursor=${encodeURIComponent(cursor)}` : listUrl;
      const data = (await (await fetch(url)).json()) as Page;
      return { ids: data.items.map((i) => i.id), next: data.next_cursor ?? null };
    });
    archived += await archive(page.ids);
    cursor = page.next;
  } while (cursor != null);
  return { archived };
});
