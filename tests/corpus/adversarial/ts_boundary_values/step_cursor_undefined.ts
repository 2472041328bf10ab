// SDK: windmill-client 1.818.0 client.mjs encodeCheckpointPayload(): the replacer writes an `undefined` member as null, so the step's `{ next: undefined }` on the last page comes back `{ next: null }`, `page.next === undefined` is never true and the loop restarts from the first page forever.
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
      return { ids: data.items.map((i) => i.id), next: data.next_cursor };
    });
    archived += await archive(page.ids);
    if (page.next === undefined) break; // expect: WAC107
    cursor = page.next;
  }
  return { archived };
});
