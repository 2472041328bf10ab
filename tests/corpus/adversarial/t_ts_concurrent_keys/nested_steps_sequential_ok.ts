// SDK: client.mjs 1.818.0 _runInlineStep: in a `for ... of` loop each step is awaited before the next is called, so keys (`fetch_page`, `fetch_page_2`, ...) follow the loop order in every round
import { step, task, workflow } from "windmill-client";

type Page = { items: Array<{ id: string; updated_at: string }>; next?: string | null };

async function fetchPage(cursor: string | null, token: string): Promise<Page> {
  const url = new URL("https://api.intercom.io/contacts");
  if (cursor) url.searchParams.set("starting_after", cursor);
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: "application/json" } });
  const body = (await res.json()) as { data: Page["items"]; pages?: { next?: { starting_after?: string } } };
  return { items: body.data, next: body.pages?.next?.starting_after ?? null };
}

const upsertContacts = task(async function upsertContacts(ids: string[]) {
  const res = await fetch("https://warehouse.internal/v1/contacts:upsert", {
    method: "POST",
    body: JSON.stringify({ ids }),
  });
  return { upserted: ids.length, ok: res.ok };
});

export const main = workflow(async (intercom_token: string, max_pages = 20) => {
  let cursor: string | null = null;
  let pages = 0;
  const batches: Array<{ upserted: number; ok: boolean }> = [];
  do {
    const page: Page = await step("fetch_page", () => fetchPage(cursor, intercom_token));
    if (page.items.length > 0) {
      batches.push(await upsertContacts(page.items.map((c) => c.id)));
    }
    cursor = page.next ?? null;
    pages++;
  } while (cursor && pages < max_pages);
  return { pages, upserted: batches.reduce((n, b) => n + b.upserted, 0) };
});
