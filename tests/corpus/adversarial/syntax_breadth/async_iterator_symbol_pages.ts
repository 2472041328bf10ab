// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; `for await` over an instance runs its `[Symbol.asyncIterator]` in the body, and each page is fetched again each round.
import { task, workflow } from "windmill-client";

class TicketPages {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<{ id: string }[]> {
    let cursor = "";
    for (;;) {
      const res = await fetch(`${this.baseUrl}/tickets?cursor=${cursor}`, { headers: { Authorization: this.token } });
      const body = (await res.json()) as { items: { id: string }[]; next?: string };
      yield body.items;
      if (!body.next) return;
      cursor = body.next;
    }
  }
}

const closeStale = task(async (ids: string[]) => ids.length);

export const main = workflow(async (baseUrl: string, token: string) => {
  let closed = 0;
  for await (const page of new TicketPages(baseUrl, token)) { // expect: WAC101
    closed += await closeStale(page.map((t) => t.id));
  }
  return { closed };
});
