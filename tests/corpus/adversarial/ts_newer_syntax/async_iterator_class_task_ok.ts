// SDK: windmill-client 1.818.0 client.mjs: the class's async iterator awaits a task per page, so each page is a checkpointed step (`fetchPage`, `fetchPage_2`, ...) replayed from the checkpoint.
import { task, workflow } from "windmill-client";

type Contact = { id: string; email: string; optedOut: boolean };

const fetchPage = task(async (listId: string, cursor: string) => {
  const res = await fetch(`https://crm.example.com/lists/${listId}/contacts?cursor=${cursor}`);
  return (await res.json()) as { contacts: Contact[]; next: string };
});

class ContactPages {
  constructor(private readonly listId: string) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<Contact[]> {
    let cursor = "";
    do {
      const body = await fetchPage(this.listId, cursor);
      yield body.contacts;
      cursor = body.next;
    } while (cursor);
  }
}

const unsubscribe = task(async (ids: string[]) => {
  await fetch("https://mail.example.com/suppressions", { method: "POST", body: JSON.stringify(ids) });
  return ids.length;
});

export const main = workflow(async (listId: string) => {
  let removed = 0;
  for await (const page of new ContactPages(listId)) {
    const ids = page.filter((c) => c.optedOut).map((c) => c.id);
    if (ids.length > 0) removed += await unsubscribe(ids);
  }
  return { removed };
});
