// SDK: windmill-client 1.818.0 client.mjs: the body re-runs from the top after each task; `for await` over the class calls its `[Symbol.asyncIterator]`, which GETs every page again in each round.
import { task, workflow } from "windmill-client";

type Contact = { id: string; email: string; optedOut: boolean };

class ContactPages {
  constructor(private readonly listId: string) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<Contact[]> {
    let cursor = "";
    do {
      const res = await fetch(`https://crm.example.com/lists/${this.listId}/contacts?cursor=${cursor}`);
      const body = (await res.json()) as { contacts: Contact[]; next: string };
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
  for await (const page of new ContactPages(listId)) { // expect: WAC101
    const ids = page.filter((c) => c.optedOut).map((c) => c.id);
    if (ids.length > 0) removed += await unsubscribe(ids);
  }
  return { removed };
});
